package io.medallion.bootstrap;

import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Where a working folder keeps any canary: in the bytes of any file (logs of Delta, checkpoints,
 * raw files, manifests), in the values of any Parquet file, current or long removed (read whole, so
 * compression hides nothing; Delta's checkpoints among them), in any column of any Delta table,
 * read through Spark, and in any table or view of the DuckDB warehouse. Delta's commit infos are
 * JSON lines in {@code _delta_log}, read as bytes. Each hit names the file, or the table and
 * column, and the kind of secret.
 */
final class LeakScan {

  private final Canaries canaries;
  // What each file and Delta table was when last read: neither is read again until it changes.
  private final Map<Path, String> filesRead = new HashMap<>();
  private final Map<Path, String> tablesRead = new HashMap<>();
  private final List<String> hits = new ArrayList<>();

  LeakScan(Canaries canaries) {
    this.canaries = canaries;
  }

  /**
   * Every hit in {@code workdir}: in its files and Delta tables new or changed since this scan last
   * read them, and in its warehouse.
   */
  List<String> hitsIn(Path workdir) throws Exception {
    hits.clear();
    if (Files.isDirectory(workdir)) {
      files(workdir);
      deltaTables(workdir);
      Path warehouse = workdir.resolve("warehouse").resolve("medallion.duckdb");
      if (Files.isRegularFile(warehouse)) {
        warehouse(warehouse);
      }
    }
    return List.copyOf(hits);
  }

  /** The files read so far, to show the search looked where it should. */
  Set<Path> filesRead() {
    return Set.copyOf(filesRead.keySet());
  }

  /** The Delta tables read so far. */
  Set<Path> tablesRead() {
    return Set.copyOf(tablesRead.keySet());
  }

  private void files(Path workdir) throws IOException {
    for (Path file : walk(workdir).filter(Files::isRegularFile).toList()) {
      String seen = Files.size(file) + "@" + Files.getLastModifiedTime(file);
      if (seen.equals(filesRead.put(file, seen))) {
        continue;
      }
      report(file.toString(), canaries.foundIn(Files.readAllBytes(file)));
      if (file.getFileName().toString().endsWith(".parquet")) {
        report(file + " (its values)", canaries.foundIn(parquetValues(file)));
      }
    }
  }

  private static String parquetValues(Path file) throws IOException {
    StringBuilder values = new StringBuilder();
    try (ParquetReader<Group> reader =
        ParquetReader.builder(
                new GroupReadSupport(), new org.apache.hadoop.fs.Path(file.toUri().toString()))
            .withConf(new Configuration())
            .build()) {
      for (Group row = reader.read(); row != null; row = reader.read()) {
        values.append(row).append('\n');
      }
    }
    return values.toString();
  }

  /**
   * Reads the changed tables in one Spark job, each row as one text; only a table found holding a
   * canary is read again, column by column, to name the column.
   */
  private void deltaTables(Path workdir) throws IOException {
    Map<String, Dataset<Row>> changed = new TreeMap<>();
    for (Path table : walk(workdir).filter(LeakScan::isDeltaLog).map(Path::getParent).toList()) {
      String newest = newestCommit(table);
      if (!newest.equals(tablesRead.put(table, newest))) {
        changed.put(
            workdir.relativize(table).toString(),
            SparkSession.active().read().format("delta").load(table.toString()));
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    Dataset<Row> texts =
        changed.entrySet().stream()
            .map(e -> e.getValue().select(lit(e.getKey()).as("table"), asText(e.getValue())))
            .reduce(Dataset::union)
            .orElseThrow();
    List<Row> found =
        texts.filter(holdsACanary(texts.col("text"))).select("table").distinct().collectAsList();
    for (Row table : found) {
      columns(table.getString(0), changed.get(table.getString(0)));
    }
  }

  private static boolean isDeltaLog(Path path) {
    return path.getFileName().toString().equals("_delta_log") && Files.isDirectory(path);
  }

  private static Column asText(Dataset<Row> rows) {
    Column[] values =
        Arrays.stream(rows.columns()).map(c -> rows.col(c).cast("string")).toArray(Column[]::new);
    return concat_ws("\u0001", values).as("text");
  }

  private static String newestCommit(Path table) throws IOException {
    try (Stream<Path> log = Files.list(table.resolve("_delta_log"))) {
      return log.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .max(Comparator.naturalOrder())
          .orElse("");
    }
  }

  /** One pass over a table: for each column, whether any value of it holds any canary. */
  private void columns(String table, Dataset<Row> rows) {
    String[] names = rows.columns();
    if (names.length == 0) {
      return;
    }
    Column[] flags =
        Arrays.stream(names)
            .map(name -> max(when(holdsACanary(rows.col(name)), lit(1)).otherwise(0)).as(name))
            .toArray(Column[]::new);
    Row found = rows.agg(flags[0], Arrays.copyOfRange(flags, 1, flags.length)).first();
    for (int i = 0; i < names.length; i++) {
      if (!found.isNullAt(i) && found.getInt(i) == 1) {
        List<Row> sample = rows.filter(holdsACanary(rows.col(names[i]))).limit(1).collectAsList();
        report(
            "table " + table + ", column " + names[i] + " (e.g. " + sample + ")",
            canaries.foundIn(sample.toString()));
      }
    }
  }

  // A function, not literals: Spark logs its plans, and the canaries would be found there.
  private Column holdsACanary(Column column) {
    List<String> values = List.copyOf(canaries.byKind().values());
    UserDefinedFunction holds =
        udf(
            (UDF1<String, Boolean>)
                text -> text != null && values.stream().anyMatch(text::contains),
            DataTypes.BooleanType);
    return holds.apply(column.cast("string"));
  }

  private void warehouse(Path file) throws SQLException {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
        Statement statement = connection.createStatement()) {
      List<String> relations = new ArrayList<>();
      try (ResultSet names =
          statement.executeQuery(
              "SELECT table_schema, table_name FROM information_schema.tables"
                  + " WHERE table_schema NOT IN ('information_schema', 'pg_catalog')")) {
        while (names.next()) {
          relations.add('"' + names.getString(1) + "\".\"" + names.getString(2) + '"');
        }
      }
      relations.add("(SELECT sql FROM duckdb_views() WHERE NOT internal)");
      relations.add("(SELECT sql FROM duckdb_tables())");
      for (String relation : relations) {
        rows(statement, relation);
      }
    }
  }

  private void rows(Statement statement, String relation) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SELECT * FROM " + relation)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int i = 1; i <= columns; i++) {
          String value = rows.getString(i);
          if (value != null) {
            report(
                "warehouse " + relation + ", column " + rows.getMetaData().getColumnName(i),
                canaries.foundIn(value));
          }
        }
      }
    }
  }

  private void report(String where, List<String> kinds) {
    kinds.forEach(kind -> hits.add(kind + " in " + where));
  }

  private static Stream<Path> walk(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.toList().stream();
    }
  }
}
