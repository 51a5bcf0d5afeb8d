package io.medallion.bootstrap;

import static org.apache.spark.sql.functions.col;

import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.medallion.SilverSpec;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What a finished run leaves that a reader sees: every gold table's rows in the lake and in the
 * warehouse, sorted, and the keys that occur more than once in any silver or gold table.
 */
record LakeContents(
    Map<String, List<String>> gold, Map<String, List<String>> warehouse, List<String> duplicates) {

  /**
   * Each table is read once: a gold table's rows are collected and its duplicate keys counted from
   * them, a silver table's keys likewise; the warehouse is read over one read-only connection.
   */
  static LakeContents of(Path workdir) {
    SparkSession spark = SparkSession.active();
    String lake = workdir.resolve("lake").toString();
    Map<String, List<String>> gold = new TreeMap<>();
    List<String> duplicates = new ArrayList<>();
    for (GoldTable table : GoldTable.values()) {
      List<Row> rows =
          spark
              .read()
              .format("delta")
              .load(lake + "/" + table.table().path())
              .select(columns(table.columns()))
              .collectAsList();
      gold.put(table.name(), rows.stream().map(Row::toString).sorted().toList());
      duplicates.addAll(duplicateKeys(table.table().toString(), rows, table.key()));
    }
    for (SilverSpec spec : NetflixMedallion.silver()) {
      // A silver table's key, under the names silver gives its columns.
      List<String> key =
          spec.feed()
              .bridge()
              .map(b -> List.of("show_id", b.valueColumn()))
              .orElse(List.of("show_id"));
      List<Row> keys =
          spark
              .read()
              .format("delta")
              .load(lake + "/" + spec.target().path())
              .select(columns(key))
              .collectAsList();
      duplicates.addAll(duplicateKeys(spec.target().toString(), keys, key));
    }
    return new LakeContents(gold, warehouse(workdir), duplicates);
  }

  /** The keys that occur more than once among the rows, with how often. */
  private static List<String> duplicateKeys(String table, List<Row> rows, List<String> key) {
    Map<List<Object>, Long> counts =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r -> key.stream().map(c -> (Object) r.getAs(c)).toList(),
                    Collectors.counting()));
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .map(e -> table + " " + e.getKey() + " x" + e.getValue())
        .sorted()
        .toList();
  }

  /** Every gold table's rows as the warehouse holds them, sorted, each row as text. */
  private static Map<String, List<String>> warehouse(Path workdir) {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:duckdb:" + MedallionSettings.forWorkdir(workdir).warehouseFile(), readOnly);
        Statement statement = connection.createStatement()) {
      for (GoldTable table : GoldTable.values()) {
        List<String> rows = new ArrayList<>();
        try (ResultSet result =
            statement.executeQuery("SELECT * FROM " + table.table() + " ORDER BY ALL")) {
          int width = result.getMetaData().getColumnCount();
          while (result.next()) {
            List<String> row = new ArrayList<>();
            for (int c = 1; c <= width; c++) {
              row.add(result.getString(c));
            }
            rows.add(String.join(",", row));
          }
        }
        tables.put(table.name(), rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the warehouse of " + workdir, e);
    }
    return tables;
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(n -> col(n)).toArray(Column[]::new);
  }
}
