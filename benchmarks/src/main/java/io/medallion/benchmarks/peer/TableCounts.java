package io.medallion.benchmarks.peer;

import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The rows out and quarantined of every table, as the scripts recorded them in meta. */
final class TableCounts {

  private final Map<String, long[]> counts;

  private TableCounts(Map<String, long[]> counts) {
    this.counts = counts;
  }

  static TableCounts read(Connection connection) throws SQLException {
    Map<String, long[]> counts = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT table_name, rows_out, quarantined FROM meta.table_counts")) {
      while (rows.next()) {
        counts.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
      }
    }
    return new TableCounts(counts);
  }

  Map<String, Long> goldRows() {
    return byName(List.of(GoldTable.values()).stream().map(GoldTable::table).toList(), c -> c[0]);
  }

  Map<String, Long> silverRows() {
    return byName(silverTables(), c -> c[0]);
  }

  Map<String, Long> quarantined() {
    return byName(silverTables(), c -> c[1]);
  }

  private static List<TableName> silverTables() {
    return Feed.tutorial().stream().map(f -> TableName.of(Layer.SILVER, f.table())).toList();
  }

  private Map<String, Long> byName(List<TableName> tables, Function<long[], Long> count) {
    Map<String, Long> byName = new LinkedHashMap<>();
    for (TableName table : tables) {
      long[] row = counts.get(table.toString());
      if (row == null) {
        throw new IllegalStateException("the baseline recorded no counts for " + table);
      }
      byName.put(table.toString(), count.apply(row));
    }
    return byName;
  }
}
