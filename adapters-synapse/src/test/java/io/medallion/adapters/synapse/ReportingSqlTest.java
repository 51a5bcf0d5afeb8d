package io.medallion.adapters.synapse;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.ReportingView;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportingSqlTest {

  private static final List<SqlView> ALL =
      Stream.concat(ReportingSql.gold().stream(), ReportingSql.quality().stream()).toList();

  @Test
  void givenTheDefinitions_goldAndQuality_giveEveryReportingViewOnceInItsSchema() {
    assertThat(ALL).extracting(SqlView::schema).containsOnly(ReportingView.SCHEMA);
    assertThat(ALL)
        .extracting(SqlView::name)
        .containsExactlyInAnyOrder(
            Stream.of(ReportingView.values()).map(ReportingView::viewName).toArray(String[]::new));
  }

  @Test
  void givenEachView_itsSql_namesEveryColumnOfItsDefinition() {
    for (SqlView view : ALL) {
      ReportingView definition = ReportingView.named(view.name()).orElseThrow();
      for (String column : definition.columnNames()) {
        assertThat(view.select()).as(view.name()).contains("[" + column + "]");
      }
    }
  }
}
