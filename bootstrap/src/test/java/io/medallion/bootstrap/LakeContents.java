package io.medallion.bootstrap;

import static org.apache.spark.sql.functions.col;

import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.medallion.SilverSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What a finished run leaves that a reader sees: every gold table's rows in the lake and in the
 * warehouse, sorted, and the keys that occur more than once in any silver or gold table.
 */
record LakeContents(
    Map<String, List<String>> gold, Map<String, List<String>> warehouse, List<String> duplicates) {

  static LakeContents of(Path workdir) {
    SparkSession spark = SparkSession.active();
    String lake = workdir.resolve("lake").toString();
    Map<String, List<String>> gold = new TreeMap<>();
    Map<String, List<String>> warehouse = new TreeMap<>();
    List<String> duplicates = new ArrayList<>();
    for (GoldTable table : GoldTable.values()) {
      Dataset<Row> rows = spark.read().format("delta").load(lake + "/" + table.table().path());
      gold.put(table.name(), sorted(rows.select(columns(table.columns()))));
      duplicates.addAll(duplicateKeys(table.table().toString(), rows, table.key()));
      warehouse.put(
          table.name(), query(workdir, "SELECT * FROM " + table.table() + " ORDER BY ALL"));
    }
    for (SilverSpec spec : NetflixMedallion.silver()) {
      Dataset<Row> rows = spark.read().format("delta").load(lake + "/" + spec.target().path());
      // A silver table's key, under the names silver gives its columns.
      List<String> key =
          spec.feed()
              .bridge()
              .map(b -> List.of("show_id", b.valueColumn()))
              .orElse(List.of("show_id"));
      duplicates.addAll(duplicateKeys(spec.target().toString(), rows, key));
    }
    return new LakeContents(gold, warehouse, duplicates);
  }

  private static List<String> duplicateKeys(String table, Dataset<Row> rows, List<String> key) {
    return rows.groupBy(columns(key)).count().filter(col("count").gt(1)).collectAsList().stream()
        .map(r -> table + " " + r)
        .toList();
  }

  private static List<String> sorted(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(Row::toString).sorted().toList();
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(n -> col(n)).toArray(Column[]::new);
  }

  private static List<String> query(Path workdir, String sql) {
    Cli query = Cli.run("query", "--workdir", workdir.toString(), "--format", "csv", sql);
    if (query.exitCode() != 0) {
      throw new IllegalStateException(sql + ": " + query.err());
    }
    return query.out().lines().skip(1).toList();
  }
}
