package io.medallion.adapters.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medallion.application.port.out.ReportingView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardPageTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2021-09-22T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private final ReportingFixture warehouse = new ReportingFixture();
  private String html;

  @BeforeEach
  void render() {
    html = new DashboardPage(warehouse, CLOCK).render();
  }

  @Test
  void givenReportingViews_render_embedsEveryViewsRowsExactly() throws Exception {
    JsonNode data = embeddedData(html);

    assertThat(data.get("generatedAt").asText()).isEqualTo("2021-09-22T08:00:00Z");
    for (ReportingView view : ReportingView.values()) {
      assertThat(ComparableRows.fromJson(data.get("views").get(view.viewName())))
          .as(view.viewName())
          .isNotEmpty()
          .isEqualTo(ComparableRows.fromView(warehouse.read(view)));
    }
  }

  @Test
  void givenTitleWithScriptEndCommentAndLineSeparator_render_keepsTheScriptBlocksIntact()
      throws Exception {
    JsonNode titles = embeddedData(html).get("views").get("v_titles");

    assertThat(titles.findValuesAsText("title")).contains(ReportingFixture.TRICKY_TITLE);
    assertThat(count(html, "<script")).isEqualTo(3);
    assertThat(count(html.toLowerCase(), "</script")).isEqualTo(3);
    assertThat(dataBlock(html)).doesNotContain("<").doesNotContain(">").doesNotContain("\u2028");
    assertThat(html).doesNotContain("\u2028").doesNotContain("\u2029");
  }

  @Test
  void givenRenderedPage_render_referencesNoOtherHost() {
    // Chart.js's licence banner names its home page; a comment is not a request.
    String withoutBanners = html.replaceAll("(?s)/\\*!.*?\\*/", "");

    assertThat(withoutBanners).doesNotContainPattern("(?i)https?://");
    assertThat(html)
        .doesNotContainPattern("(?i)\\s(src|href)\\s*=")
        .doesNotContain("sourceMappingURL");
    assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
    assertThat(html).contains("Chart.js v4.5.1");
  }

  @Test
  void givenAnOutFileInAMissingFolder_write_createsItWithThePage() throws Exception {
    Path out = dir.resolve("site/dashboard.html");

    new DashboardPage(warehouse, CLOCK).write(out);

    assertThat(Files.readString(out)).isEqualTo(html);
  }

  static JsonNode embeddedData(String html) throws Exception {
    return new ObjectMapper().readTree(dataBlock(html));
  }

  private static String dataBlock(String html) {
    Matcher m =
        Pattern.compile(
                "(?s)<script type=\"application/json\" id=\"dashboard-data\">(.*?)</script>")
            .matcher(html);
    assertThat(m.find()).as("the data block").isTrue();
    return m.group(1);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
