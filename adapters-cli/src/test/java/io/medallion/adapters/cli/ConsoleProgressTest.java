package io.medallion.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

  @Test
  void givenAFullRefresh_tablesReset_saysHowManyTablesWent() {
    StringWriter out = new StringWriter();

    new ConsoleProgress(new PrintWriter(out))
        .tablesReset(List.of(GoldTable.DIM_TITLE.table(), TableName.of(Layer.BRONZE, "titles")));

    assertThat(out.toString()).contains("full refresh: reset 2 tables");
  }
}
