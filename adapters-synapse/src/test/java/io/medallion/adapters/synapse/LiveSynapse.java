package io.medallion.adapters.synapse;

import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real dedicated pool and storage the contract tests run against, where the environment names
 * them: {@code MEDALLION_SYNAPSE_JDBC_URL} is the pool's JDBC URL (with its own login; that login's
 * Entra identity must read the storage), {@code MEDALLION_SYNAPSE_ADLS_URL} a writable SAS URL of a
 * folder of an ADLS Gen2 account ({@code https://<account>.blob.core.windows.net/<container>/
 * <folder>?<sas>}) where each instance uploads its Parquet files under a folder of its own. Use a
 * throwaway database: the tests drop the tables they load.
 */
final class LiveSynapse {

  static final String JDBC_URL = System.getenv("MEDALLION_SYNAPSE_JDBC_URL");
  static final String ADLS_URL = System.getenv("MEDALLION_SYNAPSE_ADLS_URL");

  /** Why a test needing both is skipped where they are not set. */
  static final String UNREACHABLE =
      "needs MEDALLION_SYNAPSE_JDBC_URL (a dedicated SQL pool) and MEDALLION_SYNAPSE_ADLS_URL"
          + " (a writable SAS URL of an ADLS Gen2 folder); no SQL Server can be installed on"
          + " this machine, so the Synapse adapter is checked here by its golden SQL only";

  private final String run = UUID.randomUUID().toString();

  static void assumeReachable() {
    Assumptions.assumeTrue(JDBC_URL != null && ADLS_URL != null, UNREACHABLE);
  }

  /** Drops these gold tables, what a failed load of them left, and the record of their loads. */
  static void dropGold(List<String> tables) throws SQLException {
    try (Connection connection = DriverManager.getConnection(JDBC_URL);
        Statement statement = connection.createStatement()) {
      for (String table : tables) {
        for (String name : List.of(table, table + "__staging", table + "__retired")) {
          statement.execute(
              "IF OBJECT_ID(N'[gold].["
                  + name
                  + "]', N'U') IS NOT NULL DROP TABLE [gold].["
                  + name
                  + "]");
        }
      }
      statement.execute(
          "IF OBJECT_ID(N'[meta].[loaded_snapshots]', N'U') IS NOT NULL"
              + " DELETE FROM [meta].[loaded_snapshots] WHERE [table_name] IN ("
              + tables.stream().map(t -> "'gold." + t + "'").collect(Collectors.joining(", "))
              + ")");
    }
  }

  /** Forgets every run's quality, keeping the tables. */
  static void emptyQuality() throws SQLException {
    try (Connection connection = DriverManager.getConnection(JDBC_URL);
        Statement statement = connection.createStatement()) {
      for (String table : List.of(QualityTables.TABLES, QualityTables.EXPECTATIONS)) {
        statement.execute(
            "IF OBJECT_ID(N'[meta].["
                + table
                + "]', N'U') IS NOT NULL DELETE FROM [meta].["
                + table
                + "]");
      }
    }
  }

  static SqlRetry retry() {
    return new SqlRetry(
        () -> DriverManager.getConnection(JDBC_URL),
        RetryPolicy.defaults(),
        wait -> Thread.sleep(wait.toMillis()));
  }

  /**
   * Writes the rows (Strings, Integers, LocalDates or nulls, in the columns' order) as one Parquet
   * file, uploads it as {@code name} and returns the address the pool reads it at.
   */
  URI upload(String name, List<Column> columns, List<List<Object>> rows) throws Exception {
    Path file = Files.createTempDirectory("medallion-synapse").resolve(name);
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      statement.execute("COPY (" + select(columns, rows) + ") TO '" + file + "' (FORMAT PARQUET)");
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(blob(name))
                    .header("x-ms-blob-type", "BlockBlob")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Files.delete(file);
    Files.delete(file.getParent());
    if (response.statusCode() != 201) {
      // The SAS URL is a secret: the message names the file only.
      throw new IllegalStateException("uploading " + name + " answered " + response.statusCode());
    }
    return address(name);
  }

  /** The address the pool reads a file named {@code name} at, uploaded or not. */
  URI address(String name) {
    URI folder = URI.create(ADLS_URL);
    String account = folder.getHost().substring(0, folder.getHost().indexOf('.'));
    String path = folder.getRawPath().substring(1);
    String container = path.substring(0, path.indexOf('/') < 0 ? path.length() : path.indexOf('/'));
    String rest = path.substring(container.length()).replaceAll("^/|/$", "");
    return URI.create(
        "abfss://"
            + container
            + "@"
            + account
            + ".dfs.core.windows.net/"
            + (rest.isEmpty() ? "" : rest + "/")
            + run
            + "/"
            + name);
  }

  private URI blob(String name) {
    URI folder = URI.create(ADLS_URL);
    String path = folder.getRawPath().replaceAll("/$", "") + "/" + run + "/" + name;
    return URI.create("https://" + folder.getHost() + path + "?" + folder.getRawQuery());
  }

  private static String select(List<Column> columns, List<List<Object>> rows) {
    String values =
        rows.stream()
            .map(r -> r.stream().map(v -> literal(v)).collect(Collectors.joining(", ", "(", ")")))
            .collect(Collectors.joining(", "));
    String casts =
        IntStream.range(0, columns.size())
            .mapToObj(
                i ->
                    "CAST(col"
                        + i
                        + " AS "
                        + duckDbType(columns.get(i).type())
                        + ") AS "
                        + columns.get(i).name())
            .collect(Collectors.joining(", "));
    String names =
        IntStream.range(0, columns.size())
            .mapToObj(i -> "col" + i)
            .collect(Collectors.joining(", "));
    return "SELECT " + casts + " FROM (VALUES " + values + ") AS t(" + names + ")";
  }

  private static String duckDbType(ColumnType type) {
    return switch (type) {
      case STRING -> "VARCHAR";
      case DATE -> "DATE";
      default -> "INTEGER";
    };
  }

  private static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof LocalDate day) {
      return "DATE '" + day + "'";
    }
    return value instanceof String text ? "'" + text.replace("'", "''") + "'" : value.toString();
  }
}
