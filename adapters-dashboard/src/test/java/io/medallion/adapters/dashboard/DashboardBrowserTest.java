package io.medallion.adapters.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.medallion.application.port.out.ReportingView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rendered file in Debian's Chromium: it draws, requests nothing, and its filters work. */
class DashboardBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");

  // Per chart: data points with a value, and pixels painted in one of the page's series colours.
  private static final String MARKS =
      "Object.values(Chart.instances).map(c => {"
          + " const px = c.ctx.getImageData(0, 0, c.canvas.width, c.canvas.height).data;"
          + " const near = (i, r, g, b) => Math.abs(px[i] - r) < 12 && Math.abs(px[i + 1] - g) < 12"
          + "   && Math.abs(px[i + 2] - b) < 12 && px[i + 3] > 200;"
          + " let coloured = 0;"
          + " for (let i = 0; i < px.length; i += 4) {"
          + "   if (near(i, 0, 114, 178) || near(i, 230, 159, 0) || near(i, 180, 52, 31)) coloured++; }"
          + " const marks = c.data.datasets.reduce((s, d, k) =>"
          + "   s + c.getDatasetMeta(k).data.filter((e, j) => d.data[j] > 0).length, 0);"
          + " return {id: c.canvas.id, marks: marks, coloured: coloured}; })";

  @TempDir Path dir;

  @Test
  void givenTheRenderedFile_chromium_drawsEveryChartRequestsNothingAndFilters() throws Exception {
    assumeTrue(
        Files.isExecutable(HeadlessChromium.EXECUTABLE),
        "needs Debian's Chromium at /usr/bin/chromium (apt-get install -y chromium)");
    ReportingFixture warehouse = new ReportingFixture();
    Path page = dir.resolve("dashboard.html");
    new DashboardPage(warehouse, Clock.systemUTC()).write(page);
    Files.createDirectories(dir.resolve("profile"));

    try (HeadlessChromium chromium = new HeadlessChromium(dir.resolve("profile"), 1400, 2300)) {
      open(chromium, page);

      assertDrawn(chromium);
      assertThat(kpis(chromium))
          .containsExactly(
              Map.entry("kpi-titles", "8"),
              Map.entry("kpi-movies", "5"),
              Map.entry("kpi-shows", "3"),
              Map.entry("kpi-countries", "4"),
              Map.entry("kpi-median-minutes", "95 min"),
              Map.entry("kpi-recent-share", "71.4%"));
      for (Map.Entry<String, ReportingView> chart :
          Map.of(
                  "chart-countries", ReportingView.V_TOP_COUNTRIES,
                  "chart-categories", ReportingView.V_TOP_CATEGORIES,
                  "chart-directors", ReportingView.V_TOP_DIRECTORS,
                  "chart-cast", ReportingView.V_TOP_CAST)
              .entrySet()) {
        assertThat(barTotals(chromium, chart.getKey()))
            .as(chart.getKey())
            .isEqualTo(topTen(warehouse, chart.getValue()));
      }
      assertThat(total(chromium, "chart-added"))
          .isEqualTo(sum(warehouse, ReportingView.V_TITLES_ADDED_BY_MONTH));
      assertThat(total(chromium, "chart-ratings"))
          .isEqualTo(sum(warehouse, ReportingView.V_RATING_MIX));
      assertThat(total(chromium, "chart-years"))
          .isEqualTo(sum(warehouse, ReportingView.V_RELEASE_YEARS));
      screenshot(chromium, "dashboard.png");

      click(chromium, "#kind-movie");
      assertThat(kpis(chromium)).containsEntry("kpi-titles", "5").containsEntry("kpi-shows", "0");
      chromium.evaluate(
          "(() => { const s = document.getElementById('year-from'); s.value = '2019';"
              + " s.dispatchEvent(new Event('change')); })()");
      assertThat(kpis(chromium))
          .containsEntry("kpi-titles", "3")
          .containsEntry("kpi-countries", "2");
      assertThat(barTotals(chromium, "chart-countries"))
          .isEqualTo(Map.of("India", 2L, "United States", 2L));
      assertDrawn(chromium);
      screenshot(chromium, "dashboard-movies-from-2019.png");

      assertNothingWentWrong(chromium);
    }
  }

  private static void open(HeadlessChromium chromium, Path page) throws Exception {
    for (String domain : new String[] {"Runtime", "Log", "Network", "Page"}) {
      chromium.send(domain + ".enable", Map.of());
    }
    chromium.send(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1400, "height", 2300, "deviceScaleFactor", 1, "mobile", false));
    chromium.send("Page.navigate", Map.of("url", page.toUri().toString()));
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!chromium
        .evaluate("document.body && document.body.dataset.ready === 'true'")
        .asBoolean()) {
      if (System.nanoTime() > deadline) {
        assertNothingWentWrong(chromium);
        throw new AssertionError("the page never said it was ready");
      }
      Thread.sleep(50);
    }
  }

  private static void assertDrawn(HeadlessChromium chromium) throws Exception {
    JsonNode charts = chromium.evaluate(MARKS);
    assertThat(charts.size()).isEqualTo(8);
    for (JsonNode chart : charts) {
      assertThat(chart.get("marks").asInt()).as(chart.get("id").asText() + " marks").isPositive();
      assertThat(chart.get("coloured").asInt())
          .as(chart.get("id").asText() + " pixels")
          .isPositive();
    }
  }

  private static void assertNothingWentWrong(HeadlessChromium chromium) {
    List<String> errors = new ArrayList<>();
    chromium.events("Runtime.exceptionThrown").forEach(e -> errors.add(e.toString()));
    chromium.events("Runtime.consoleAPICalled").stream()
        .filter(e -> e.at("/params/type").asText().matches("error|assert"))
        .forEach(e -> errors.add(e.toString()));
    chromium.events("Log.entryAdded").stream()
        .filter(e -> e.at("/params/entry/level").asText().equals("error"))
        .forEach(e -> errors.add(e.toString()));
    chromium.events("Network.loadingFailed").forEach(e -> errors.add(e.toString()));
    chromium.events("Network.requestWillBeSent").stream()
        .map(e -> e.at("/params/request/url").asText())
        .filter(url -> !url.startsWith("file:") && !url.startsWith("data:"))
        .forEach(url -> errors.add("request to " + url));
    assertThat(errors).isEmpty();
    assertThat(chromium.events("Network.requestWillBeSent")).hasSize(1);
  }

  private static Map<String, String> kpis(HeadlessChromium chromium) throws Exception {
    JsonNode values =
        chromium.evaluate(
            "[...document.querySelectorAll('.kpis:not(.small) .value')].map(e => [e.id, e.textContent])");
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach(pair -> out.put(pair.get(0).asText(), pair.get(1).asText()));
    return out;
  }

  private static Map<String, Long> barTotals(HeadlessChromium chromium, String id)
      throws Exception {
    JsonNode pairs =
        chromium.evaluate(
            "(() => { const c = Chart.getChart('"
                + id
                + "'); return c.data.labels.map((l, i) =>"
                + " [l, c.data.datasets.reduce((s, d) => s + d.data[i], 0)]); })()");
    Map<String, Long> out = new LinkedHashMap<>();
    pairs.forEach(pair -> out.put(pair.get(0).asText(), pair.get(1).asLong()));
    return out;
  }

  private static long total(HeadlessChromium chromium, String id) throws Exception {
    return chromium
        .evaluate(
            "Chart.getChart('"
                + id
                + "').data.datasets"
                + ".reduce((s, d) => s + d.data.reduce((a, b) => a + b, 0), 0)")
        .asLong();
  }

  // The view's first ten rows, in its order (by rank): each row's name and its titles.
  private static Map<String, Long> topTen(ReportingFixture warehouse, ReportingView view) {
    int titles = view.columnNames().indexOf("titles");
    Map<String, Long> out = new LinkedHashMap<>();
    warehouse.read(view).rows().stream()
        .limit(10)
        .forEach(row -> out.put((String) row.get(0), (Long) row.get(titles)));
    return out;
  }

  private static long sum(ReportingFixture warehouse, ReportingView view) {
    int titles = view.columnNames().indexOf("titles");
    return warehouse.read(view).rows().stream().mapToLong(row -> (Long) row.get(titles)).sum();
  }

  // A real mouse press and release at the element's centre, as a person would click it.
  private static void click(HeadlessChromium chromium, String selector) throws Exception {
    JsonNode box =
        chromium.evaluate(
            "(() => { const r = document.querySelector('"
                + selector
                + "').getBoundingClientRect();"
                + " return [r.x + r.width / 2, r.y + r.height / 2]; })()");
    for (String type : new String[] {"mousePressed", "mouseReleased"}) {
      chromium.send(
          "Input.dispatchMouseEvent",
          Map.of(
              "type",
              type,
              "x",
              box.get(0).asDouble(),
              "y",
              box.get(1).asDouble(),
              "button",
              "left",
              "clickCount",
              1));
    }
  }

  private static void screenshot(HeadlessChromium chromium, String name) throws Exception {
    JsonNode shot = chromium.send("Page.captureScreenshot", Map.of("format", "png"));
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode(shot.get("data").asText()));
  }
}
