package io.medallion.adapters.synapse;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every statement each pool runs to load the fixed two-table snapshot, as recorded on a connection
 * that runs nothing, compared with the reviewed files in src/test/resources/golden. {@code
 * -Dgolden.update=true} rewrites the files instead.
 */
class GoldenSqlTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void givenTwoTablesReplacingOlderOnes_serverlessLoad_runsTheGoldenStatements() throws Exception {
    RecordingConnection connection = new RecordingConnection(GoldenSqlTest::catalog, sql -> null);
    ServerlessLoader loader =
        new ServerlessLoader(
            StorageUrl.parseFolder(SnapshotFixtures.GOLD_ROOT),
            null,
            SnapshotFixtures.sampleReporting());

    loader.prepare(SnapshotFixtures.both()).run(catalog(connection), NOW);

    assertGolden("serverless.sql", connection.transcript());
  }

  @Test
  void givenTwoTablesReplacingOlderOnes_dedicatedLoad_runsTheGoldenStatements() throws Exception {
    assertGolden("dedicated.sql", dedicated(StorageAccess.CALLER));
  }

  @Test
  void givenManagedIdentity_dedicatedLoad_copiesFromTheDfsEndpointWithThatCredential()
      throws Exception {
    List<String> transcript = dedicated(StorageAccess.MANAGED_IDENTITY);

    assertGolden(
        "dedicated-managed-identity-copy.sql",
        transcript.stream().filter(s -> s.startsWith("COPY INTO")).toList());
  }

  @Test
  void givenAnEmptyReportingSchema_recreate_createsEveryReportingView() throws Exception {
    RecordingConnection connection = RecordingConnection.empty();

    ReportingViews.standard().recreate(catalog(connection));

    assertGolden("reporting-views.sql", connection.transcript());
  }

  @Test
  void givenARunOfTwoTables_dedicatedRecordQuality_replacesTheRunsRowsInOneTransaction()
      throws Exception {
    RecordingConnection connection = new RecordingConnection((sql, values) -> "1", sql -> null);
    DedicatedLoader loader = new DedicatedLoader(StorageAccess.CALLER, ReportingViews.standard());

    loader.prepareQuality(SnapshotFixtures.runQuality()).run(catalog(connection), NOW);

    assertGolden("dedicated-quality.sql", connection.transcript());
  }

  @Test
  void givenLoadedTables_dedicatedLoadedVersions_readsTheGoldenStatements() throws Exception {
    RecordingConnection connection =
        new RecordingConnection(GoldenSqlTest::catalog, sql -> null)
            .withRows((sql, values) -> sql.startsWith("SELECT COUNT(*)") ? null : List.of());
    DedicatedLoader loader = new DedicatedLoader(StorageAccess.CALLER, ReportingViews.standard());

    loader.loadedVersions(catalog(connection));

    assertGolden("dedicated-loaded-versions.sql", connection.transcript());
  }

  @Test
  void givenServedViews_serverlessLoadedVersions_readsTheGoldenStatement() throws Exception {
    RecordingConnection connection = RecordingConnection.empty();
    ServerlessLoader loader =
        new ServerlessLoader(
            StorageUrl.parseFolder(SnapshotFixtures.GOLD_ROOT), null, ReportingViews.overGold());

    loader.loadedVersions(catalog(connection));

    assertGolden("serverless-loaded-versions.sql", connection.transcript());
  }

  private static List<String> dedicated(StorageAccess access) throws Exception {
    RecordingConnection connection =
        new RecordingConnection(GoldenSqlTest::catalog, sql -> null)
            .withRows(SnapshotFixtures.records(List.of()));
    DedicatedLoader loader = new DedicatedLoader(access, SnapshotFixtures.sampleReporting());

    loader.prepare(SnapshotFixtures.both()).run(catalog(connection), NOW);

    return connection.transcript();
  }

  private static SqlCatalog catalog(RecordingConnection connection) {
    return new SqlCatalog(connection.connection());
  }

  // The warehouse holds both schemas, the state table, an older dim_title (table or view) and the
  // reporting view; agg_titles_by_year is new; nothing is left over from a failed load.
  private static String catalog(String sql, List<Object> values) {
    if (sql.contains("FROM sys.schemas WHERE")) {
      return "1";
    }
    if (sql.contains("FROM sys.tables")) {
      String name = (String) values.get(1);
      return name.endsWith("__staging") || name.endsWith("__retired") ? "0" : "1";
    }
    if (sql.contains("sys.sql_modules")) {
      return switch ((String) values.get(1)) {
        case "dim_title" -> "CREATE VIEW [gold].[dim_title] AS\n-- an older version";
        case "report_titles_per_year" -> "CREATE VIEW [gold].[report_titles_per_year] AS SELECT 1";
        default -> null;
      };
    }
    return null;
  }

  private static void assertGolden(String file, List<String> statements) throws Exception {
    String rendered =
        "-- Recorded by GoldenSqlTest; rewrite with -Dgolden.update=true after reviewing a change.\n\n"
            + String.join("\nGO\n\n", statements)
            + "\nGO\n";
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
    }
    assertThat(golden).exists();
    assertThat(Files.readString(golden, StandardCharsets.UTF_8)).isEqualTo(rendered);
  }
}
