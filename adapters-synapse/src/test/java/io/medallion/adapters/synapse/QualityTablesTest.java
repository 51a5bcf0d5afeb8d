package io.medallion.adapters.synapse;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.QualityTable;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QualityTablesTest {

  // A column line of the DDL: four spaces, the bracketed name, its type.
  private static final Pattern COLUMN = Pattern.compile("(?m)^ {4}\\[([a-z_0-9]+)\\] ");

  @Test
  void givenTheDdl_eachQualityTable_hasTheDefinitionsColumnsInOrder() {
    Map<QualityTable, String> ddl =
        Map.of(
            QualityTable.TABLE_QUALITY, QualityTables.CREATE_TABLES,
            QualityTable.EXPECTATION_RESULTS, QualityTables.CREATE_EXPECTATIONS);

    ddl.forEach(
        (table, create) -> {
          assertThat(create).contains("[meta].[" + table.tableName() + "]");
          assertThat(columns(create)).as(table.tableName()).isEqualTo(table.columns());
        });
  }

  private static List<String> columns(String create) {
    Matcher matcher = COLUMN.matcher(create);
    List<String> columns = new java.util.ArrayList<>();
    while (matcher.find()) {
      columns.add(matcher.group(1));
    }
    return columns;
  }
}
