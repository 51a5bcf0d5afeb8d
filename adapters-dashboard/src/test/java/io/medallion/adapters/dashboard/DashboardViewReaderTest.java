package io.medallion.adapters.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.ViewRows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON shape of each column type, as the page's script reads it. */
class DashboardViewReaderTest {

  @Test
  void givenTwoNamesAndNoNames_json_writesATwoItemArrayAndAnEmptyOne() throws Exception {
    JsonNode title =
        read(ReportingView.V_TITLES, title("India, United States", null, LocalDate.of(2021, 9, 1)))
            .get(0);

    assertThat(title.get("countries").isArray()).isTrue();
    assertThat(title.get("countries"))
        .extracting(JsonNode::textValue)
        .containsExactly("India", "United States");
    assertThat(title.get("categories").isArray()).isTrue();
    assertThat(title.get("categories")).isEmpty();
  }

  @Test
  void givenADayAndAnInstantWithMillis_json_writesTheDayAndTheInstantInWholeSecondsUtc()
      throws Exception {
    JsonNode title =
        read(ReportingView.V_TITLES, title("France", "Dramas", LocalDate.of(2021, 9, 1))).get(0);
    JsonNode quality =
        read(
            ReportingView.V_DATA_QUALITY,
            Arrays.asList(
                "dim_title",
                "silver",
                10L,
                8L,
                1L,
                1L,
                5L,
                2L,
                "run-7",
                Instant.parse("2021-09-21T06:30:00.789Z")),
            Arrays.asList(
                "bronze_titles",
                "bronze",
                1L,
                1L,
                0L,
                0L,
                0L,
                0L,
                "run-7",
                Instant.parse("2021-09-21T06:31:00Z")));

    assertThat(title.get("date_added").textValue()).isEqualTo("2021-09-01");
    assertThat(quality.findValuesAsText("last_run_at"))
        .containsExactly("2021-09-21T06:31:00Z", "2021-09-21T06:30:00Z");
  }

  @Test
  void givenCountsAndShares_json_writesNumbersAndNonFiniteSharesAsNull() {
    String json =
        ViewReader.json(
            new ViewRows(
                ReportingView.V_RATING_MIX,
                List.of(
                    Arrays.asList("R", "Movie", 2L, 0.25),
                    Arrays.asList(null, "Movie", 1L, Double.NaN),
                    Arrays.asList("TV-MA", "TV Show", 1L, Double.POSITIVE_INFINITY))));

    assertThat(json)
        .isEqualTo(
            "[{\"rating\":\"R\",\"kind\":\"Movie\",\"titles\":2,\"share\":0.25},"
                + "{\"rating\":null,\"kind\":\"Movie\",\"titles\":1,\"share\":null},"
                + "{\"rating\":\"TV-MA\",\"kind\":\"TV Show\",\"titles\":1,\"share\":null}]");
  }

  // Through the use case, as the page and the server read every view.
  @SafeVarargs
  private static JsonNode read(ReportingView view, List<Object>... rows) throws Exception {
    ViewReader reader = new ViewReader(v -> new ViewRows(v, List.of(rows)));
    return new ObjectMapper().readTree(reader.json(view));
  }

  private static List<Object> title(String countries, String categories, LocalDate added) {
    return Arrays.asList(
        "s1", "Alpha", "Movie", 2019L, "PG-13", added, 90L, null, countries, categories, 1L);
  }
}
