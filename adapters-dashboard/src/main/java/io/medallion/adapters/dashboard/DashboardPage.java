package io.medallion.adapters.dashboard;

import io.medallion.application.port.in.ReadReportingViewUseCase;
import io.medallion.application.port.out.ReportingView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The dashboard as one self-contained HTML page: styles, Chart.js, the views' rows and the script
 * that draws them are all inline, so the page opens from disk and requests nothing.
 */
public final class DashboardPage {

  private final ViewReader reader;
  private final Clock clock;

  public DashboardPage(ReadReportingViewUseCase views, Clock clock) {
    this.reader = new ViewReader(views);
    this.clock = clock;
  }

  /** Reads every reporting view now and renders the page. */
  public String render() {
    return PageResources.template()
        .fill(
            Map.of(
                "STYLE", PageResources.text("dashboard.css"),
                "CHART_JS", PageResources.chartJs(),
                "DATA", data(),
                "APP_JS", PageResources.text("dashboard.js")));
  }

  /** Renders the page into a file, replacing it, and creating its folder if needed. */
  public void write(Path file) {
    String html = render();
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dashboard to " + file, e);
    }
  }

  /** Every view's rows as one JSON object, safe inside a script block. */
  String data() {
    StringBuilder views = new StringBuilder();
    for (ReportingView view : ReportingView.values()) {
      views.append(views.length() == 0 ? "" : ",");
      views.append(JsonText.quote(view.viewName())).append(':').append(reader.json(view));
    }
    return "{\"generatedAt\":"
        + JsonText.quote(Instant.now(clock).toString())
        + ",\"views\":{"
        + views
        + "}}";
  }
}
