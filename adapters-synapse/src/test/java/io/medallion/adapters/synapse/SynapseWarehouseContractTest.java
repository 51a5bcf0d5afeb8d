package io.medallion.adapters.synapse;

import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.Warehouse;
import io.medallion.testkit.WarehouseContract;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warehouse contract against a real dedicated SQL pool, run only where one is reachable: {@code
 * MEDALLION_SYNAPSE_JDBC_URL} is its JDBC URL (with its own login; that login's Entra identity must
 * read the storage), {@code MEDALLION_SYNAPSE_ADLS_URL} a writable SAS URL of a folder of an ADLS
 * Gen2 account ({@code https://<account>.blob.core.windows.net/<container>/ <folder>?<sas>}) where
 * the contract's Parquet files are uploaded. Use a throwaway database: each test drops the
 * contract's gold tables first.
 */
class SynapseWarehouseContractTest extends WarehouseContract {

  private static final String JDBC_URL = System.getenv("MEDALLION_SYNAPSE_JDBC_URL");
  private static final String ADLS_URL = System.getenv("MEDALLION_SYNAPSE_ADLS_URL");
  private static final List<String> TABLES = List.of("dim_title", "agg_titles_by_year");

  @TempDir Path dir;
  private final String run = UUID.randomUUID().toString();

  @BeforeEach
  void needsARealPool() {
    Assumptions.assumeTrue(
        JDBC_URL != null && ADLS_URL != null,
        "needs MEDALLION_SYNAPSE_JDBC_URL (a dedicated SQL pool) and MEDALLION_SYNAPSE_ADLS_URL"
            + " (a writable SAS URL of an ADLS Gen2 folder); no SQL Server can be installed on"
            + " this machine, so the Synapse adapter is checked here by its golden SQL only");
  }

  @Override
  protected Warehouse newWarehouse() throws Exception {
    try (Connection connection = DriverManager.getConnection(JDBC_URL);
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
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
              + " DELETE FROM [meta].[loaded_snapshots]"
              + " WHERE [table_name] IN ('gold.dim_title', 'gold.agg_titles_by_year')");
    }
    SqlRetry retry =
        new SqlRetry(
            () -> DriverManager.getConnection(JDBC_URL),
            RetryPolicy.defaults(),
            wait -> Thread.sleep(wait.toMillis()));
    // The contract loads two gold tables, not the bridges the views over gold read.
    return new SynapseWarehouse(
        new DedicatedLoader(StorageAccess.CALLER, new ReportingViews(ReportingSql.quality())),
        retry,
        Clock.systemUTC());
  }

  @Override
  protected URI writeParquet(String name, List<Column> columns, List<List<Object>> rows)
      throws Exception {
    Path file = dir.resolve(name);
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
    if (response.statusCode() != 201) {
      // The SAS URL is a secret: the message names the file only.
      throw new IllegalStateException("uploading " + name + " answered " + response.statusCode());
    }
    return missingFile(name);
  }

  @Override
  protected URI missingFile(String name) {
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
                        + (columns.get(i).type().name().equals("STRING") ? "VARCHAR" : "INTEGER")
                        + ") AS "
                        + columns.get(i).name())
            .collect(Collectors.joining(", "));
    String names =
        IntStream.range(0, columns.size())
            .mapToObj(i -> "col" + i)
            .collect(Collectors.joining(", "));
    return "SELECT " + casts + " FROM (VALUES " + values + ") AS t(" + names + ")";
  }

  private static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    return value instanceof String text ? "'" + text.replace("'", "''") + "'" : value.toString();
  }
}
