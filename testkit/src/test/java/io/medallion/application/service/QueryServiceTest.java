package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.QueryResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.fixture.TitleFiles;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLakeTables;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemoryWarehouse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryServiceTest {

  private static final RunId RUN = new RunId("20260101-000000-0abc");

  private final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  private final InMemoryLayerEngine engine =
      new InMemoryLayerEngine(lake, TickingClock.fromNewYear2026());
  private final InMemoryWarehouse warehouse = new InMemoryWarehouse(engine);
  private final QueryService service = new QueryService(warehouse);

  @BeforeEach
  void serveYearCounts() {
    lake.write(
        "landing/titles/netflix_titles-1.csv",
        TitleFiles.titles().movie("s1", "A", 90).movie("s2", "B", 80).show("s3", "C", 1).bytes());
    engine.load(BronzeSpec.of(Feed.TITLES), RUN);
    engine.refine(NetflixMedallion.silver().get(0), RUN);
    NetflixMedallion.gold().stream()
        .filter(s -> s.table() == GoldTable.DIM_TITLE || s.table() == GoldTable.AGG_TITLES_BY_YEAR)
        .forEach(s -> engine.publish(s, RUN));
    warehouse.load(
        List.of(new InMemoryLakeTables(engine).snapshot(GoldTable.AGG_TITLES_BY_YEAR.table())));
  }

  @Test
  void givenServedTable_query_returnsItsRows() {
    QueryResult result = service.query("SELECT * FROM gold.agg_titles_by_year");

    assertThat(result.columns()).containsExactly("year_added", "kind", "titles");
    assertThat(result.rows())
        .containsExactly(List.of("2020", "Movie", "2"), List.of("2020", "TV Show", "1"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  \n"})
  void givenNoSql_query_isRefusedBeforeTheWarehouse(String sql) {
    assertThatThrownBy(() -> service.query(sql))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no SQL given");
  }

  @Test
  void givenSqlTheWarehouseCannotRun_query_passesItsErrorOn() {
    assertThatThrownBy(() -> service.query("DELETE FROM gold.agg_titles_by_year"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(service.query("select * from gold.agg_titles_by_year").rows()).hasSize(2);
  }
}
