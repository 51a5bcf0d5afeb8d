package io.medallion.adapters.synapse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.Warehouse;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The reporting views read through a connection that answers with text, as a driver converts. */
class SynapseWarehouseViewTest {

  private RecordingConnection connection;

  @Test
  void givenAView_view_selectsItsDefinedColumnsInOrderFromTheReportingSchema() {
    Warehouse warehouse = warehouse(List.of(), sql -> null);

    warehouse.view(ReportingView.V_TITLES);

    assertThat(connection.transcript())
        .containsExactly(
            "SELECT [show_id], [title], [kind], [release_year], [rating], [date_added],"
                + " [duration_minutes], [duration_seasons], [countries], [categories],"
                + " [duration_rank] FROM [reporting].[v_titles]");
  }

  @Test
  void givenTitlesWithNulls_view_readsEachColumnAsItsTypeInTheViewsOrder() {
    Warehouse warehouse =
        warehouse(
            List.of(
                row(
                    "s2",
                    "Beta",
                    "TV Show",
                    "2019",
                    "TV-MA",
                    "2021-01-20",
                    null,
                    "2",
                    "US",
                    "Comedies, Dramas",
                    null),
                row("s1", "Alpha", "Movie", "2020", null, null, "90", null, null, null, "1")),
            sql -> null);

    assertThat(warehouse.view(ReportingView.V_TITLES).rows())
        .containsExactly(
            row("s1", "Alpha", "Movie", 2020L, null, null, 90L, null, null, null, 1L),
            row(
                "s2",
                "Beta",
                "TV Show",
                2019L,
                "TV-MA",
                LocalDate.of(2021, 1, 20),
                null,
                2L,
                "US",
                "Comedies, Dramas",
                null));
  }

  @Test
  void givenShares_ratingMix_readsThemAsDecimals() {
    Warehouse warehouse = warehouse(List.of(row(null, "Movie", "1", "0.25")), sql -> null);

    assertThat(warehouse.view(ReportingView.V_RATING_MIX).rows())
        .containsExactly(row(null, "Movie", 1L, 0.25));
  }

  @Test
  void givenARecordedRun_dataQuality_readsItsUtcStartAsAnInstant() {
    Warehouse warehouse =
        warehouse(
            List.of(
                row(
                    "gold.dim_title",
                    "gold",
                    "7",
                    "7",
                    "0",
                    "0",
                    "1",
                    "0",
                    "20260101-000000-0001",
                    "2026-01-01T06:30:00.125")),
            sql -> null);

    assertThat(warehouse.view(ReportingView.V_DATA_QUALITY).rows())
        .singleElement()
        .satisfies(r -> assertThat(r.get(9)).isEqualTo(Instant.parse("2026-01-01T06:30:00.125Z")));
  }

  @Test
  void givenTheViewCannotBeRead_view_failsNamingTheViewAndTheServersFirstLine() {
    Warehouse warehouse =
        warehouse(
            List.of(),
            sql ->
                new SQLException(
                    "Invalid object name 'gold.dim_title'.\nStatement ID: {1234}", "S0002", 208));

    assertThatThrownBy(() -> warehouse.view(ReportingView.V_TITLES))
        .hasMessage(
            "cannot read reporting.v_titles: Invalid object name 'gold.dim_title'. (error 208)");
  }

  private Warehouse warehouse(List<List<String>> rows, Function<String, SQLException> failures) {
    connection =
        new RecordingConnection((sql, values) -> null, failures).withRows((sql, v) -> rows);
    SqlRetry retry = new SqlRetry(connection::connection, RetryPolicy.defaults(), wait -> {});
    return new SynapseWarehouse(
        new DedicatedLoader(StorageAccess.CALLER, ReportingViews.standard()),
        retry,
        Clock.systemUTC());
  }

  @SafeVarargs
  private static <T> List<T> row(T... values) {
    return Arrays.asList(values);
  }
}
