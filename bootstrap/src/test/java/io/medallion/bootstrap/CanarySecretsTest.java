package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.generator.SampleCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Runs the CLI with four fake secrets where users put real ones (an ADLS key, a Synapse password, a
 * lookup source's SAS signature, a service principal's client secret) and finds none of them in
 * anything a run leaves: its output, every log, every file of the working folder, every column of
 * every Delta table (the event log and the quarantine tables among them), the warehouse. Once for a
 * run that succeeds, then for each way one fails: a secret refused, TLS failing, a host out of
 * reach, a source misconfigured. The failing runs share the lake of the run that succeeded, so that
 * its event log records each failure: the order of the tests is that story.
 */
@TestMethodOrder(OrderAnnotation.class)
class CanarySecretsTest {

  private static final int TITLES = 20;
  private static final String CLIENT_ID = "11111111-2222-3333-4444-555555555555";

  @TempDir static Path scratch;
  static final Canaries canaries = Canaries.fresh();
  static final LeakScan scan = new LeakScan(canaries);
  static Path workdir;
  static DemoSourceServer sources;
  static RefusingStorageAccount storage;
  static NotSqlServer notSql;
  static int closedPort;
  static CapturedLogs logs;
  static Map<String, Background> outOfReach;

  /** A run started ahead of its test, in a working folder of its own. */
  record Background(Path workdir, CompletableFuture<Cli> run) {}

  @BeforeAll
  static void serveTheSourcesAndLandTheTitles() throws IOException {
    Path sample = SampleCatalogue.write(scratch.resolve("sample"), TITLES, 5).dir();
    sources = DemoSourceServer.serve(sample);
    storage = RefusingStorageAccount.start();
    notSql = NotSqlServer.start();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = taken.getLocalPort();
    }
    workdir = scratch.resolve("workdir");
    Path landing =
        Files.createDirectories(workdir.resolve("lake").resolve(LakeLayout.LANDING_TITLES));
    Files.copy(SampleCatalogue.file(sample, Feed.TITLES), landing.resolve("netflix_titles-1.csv"));
    logs = CapturedLogs.start();
    // The storage SDK retries an account out of reach for about 45 s: spent while the others run.
    outOfReach =
        Map.of(
            "https to a server that is not https",
            inTheBackground("tls", "https://127.0.0.1:" + notSql.port()),
            "a closed port",
            inTheBackground("closed", "http://127.0.0.1:" + closedPort));
  }

  @AfterAll
  static void stop() throws IOException {
    if (logs != null) {
      logs.close();
    }
    if (sources != null) {
      sources.close();
    }
    if (storage != null) {
      storage.close();
    }
    if (notSql != null) {
      notSql.close();
    }
  }

  @Test
  @Order(1)
  void givenSecretsInTheEnvironmentAndSignedSourceAddresses_aRunThatSucceeds_keepsNoneOfThem()
      throws Exception {
    Cli run = run(local(sourcesAddress()), "run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("succeeded");
    assertNoCanary(run, workdir);
    Path lake = workdir.resolve("lake");
    assertThat(scan.tablesRead())
        .contains(lake.resolve("meta/events"), lake.resolve("silver/titles_quarantine"));
    assertThat(scan.filesRead())
        .anyMatch(file -> file.startsWith(lake.resolve("_checkpoints")))
        .anyMatch(file -> file.startsWith(lake.resolve("raw")))
        .contains(workdir.resolve("warehouse/medallion.duckdb"));
  }

  @ParameterizedTest(name = "{0}")
  @Order(2)
  @CsvSource({
    "sql-password, " + Canaries.SYNAPSE_PASSWORD_ENV + ", loader",
    "service-principal, " + Canaries.SYNAPSE_CLIENT_SECRET_ENV + ", " + CLIENT_ID
  })
  void givenASynapseThatIsNotSqlServer_serve_failsKeepingNoSecret(
      String method, String secretEnv, String user) throws Exception {
    int before = notSql.connections();

    Cli run =
        run(
            local(sourcesAddress()) + CanaryConfigs.synapse(notSql.port(), method, secretEnv, user),
            "run",
            "--stage",
            "serve");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    assertThat(run.err()).contains("loading the warehouse failed");
    assertThat(notSql.connections()).isGreaterThan(before);
    assertNoCanary(run, workdir);
  }

  @Test
  @Order(3)
  void givenASynapseOutOfReach_serve_failsKeepingNoSecret() throws Exception {
    String synapse =
        CanaryConfigs.synapse(closedPort, "sql-password", Canaries.SYNAPSE_PASSWORD_ENV, "loader");

    Cli run = run(local(sourcesAddress()) + synapse, "run", "--stage", "serve");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    assertThat(run.err()).contains("loading the warehouse failed", "127.0.0.1");
    assertNoCanary(run, workdir);
  }

  @ParameterizedTest(name = "{0}")
  @Order(4)
  @CsvSource({
    // A server that answers the TLS handshake in plain text, as a wrong port or proxy would.
    "https to a server that is not https, https://127.0.0.1:{not-https}, TLS failed",
    "a closed port, http://127.0.0.1:{closed}, after 2 attempts",
    "a host that cannot exist, http://lookups.medallion.invalid, after 2 attempts"
  })
  void givenLookupSourcesThatFail_ingest_failsKeepingNoSignature(
      String situation, String address, String reason) throws Exception {
    String sources =
        address
            .replace("{not-https}", Integer.toString(notSql.port()))
            .replace("{closed}", Integer.toString(closedPort));

    Cli run = run(local(sources) + "medallion.http.max-attempts = 2\n", "run", "--stage", "ingest");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    assertThat(run.err()).contains("netflix_cast", reason);
    assertNoCanary(run, workdir);
  }

  @ParameterizedTest(name = "{0}")
  @Order(5)
  @CsvSource(
      delimiter = '|',
      value = {
        "lookups switched off | medallion.fetch-lookups = false",
        "a relative address | medallion.sources.netflix_cast = \"netflix_cast.csv?{sas}\"",
        "not an address | medallion.sources.netflix_cast = \"https://lookups.example/a b.csv?{sas}\""
      })
  void givenASignedSourceMisconfigured_run_refusesWithoutRepeatingTheSignature(
      String situation, String setting) throws Exception {
    String line = setting.replace("{sas}", Canaries.sasQuery(canaries.sourceSig())) + "\n";

    Cli run = run(local(sourcesAddress()) + line, "run");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    assertThat(run.err()).contains("netflix_cast");
    assertNoCanary(run, workdir);
  }

  @ParameterizedTest(name = "{0}")
  @Order(6)
  @ValueSource(strings = {"account-key", "sas", "connection-string"})
  void givenAnAdlsAccountRefusingTheSecret_run_failsKeepingNoSecret(String auth) throws Exception {
    Path adlsWorkdir = scratch.resolve("adls-" + auth);
    int before = storage.requests();

    Cli run = run(adls(adlsWorkdir, auth, storage.endpoint()), "run");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    assertThat(run.err()).contains("HTTP 403 AuthenticationFailed");
    assertThat(storage.requests()).isGreaterThan(before);
    if (auth.equals("sas")) {
      // The one secret sent as it is: the account saw it, and quoted it back in its refusal.
      assertThat(storage.queries()).anyMatch(q -> q.contains("sig=" + canaries.adlsKey()));
    }
    assertNoCanary(run, adlsWorkdir);
  }

  @ParameterizedTest(name = "{0}")
  @Order(7)
  @CsvSource({
    "https to a server that is not https, SSLException",
    "a closed port, ConnectException"
  })
  void givenAnAdlsAccountOutOfReach_run_failsKeepingNoSecret(String situation, String reason)
      throws Exception {
    Background background = outOfReach.get(situation);
    Cli run = background.run().get(3, TimeUnit.MINUTES);

    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    assertThat(run.err()).contains(reason);
    assertNoCanary(run, background.workdir());
  }

  @Test
  @Order(8)
  void givenCanariesPlantedInATableAWarehouseAndTheLogs_theSearch_findsEach() throws Exception {
    Path planted = scratch.resolve("planted");
    SparkSession.active()
        .sql("SELECT 'plain' AS id, '" + canaries.adlsKey() + "' AS note")
        .write()
        .format("delta")
        .save(planted.resolve("lake/silver/planted").toString());
    Path warehouse = Files.createDirectories(planted.resolve("warehouse"));
    try (Connection duckDb =
            DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("medallion.duckdb"));
        Statement sql = duckDb.createStatement()) {
      sql.execute("CREATE TABLE kept AS SELECT '" + canaries.sourceSig() + "' AS address");
    }
    LoggerFactory.getLogger(CanarySecretsTest.class).info("planted {}", canaries.synapsePassword());
    java.util.logging.Logger.getLogger("planted").info(canaries.clientSecret());

    assertThat(new LeakScan(canaries).hitsIn(planted))
        .anyMatch(hit -> hit.startsWith("ADLS key in table lake/silver/planted, column note"))
        .anyMatch(hit -> hit.startsWith("ADLS key in ") && hit.endsWith(".parquet (its values)"))
        .anyMatch(hit -> hit.startsWith("source SAS sig in warehouse \"main\".\"kept\""));
    assertThat(canaries.foundIn(logs.drain())).contains("Synapse password", "client secret");
  }

  private static String local(String sourceAddress) {
    return CanaryConfigs.local(workdir, sourceAddress, canaries.sourceSig());
  }

  /** A lake of its own in the ADLS account at {@code endpoint}. */
  private static String adls(Path adlsWorkdir, String auth, String endpoint) {
    return CanaryConfigs.local(adlsWorkdir, sourcesAddress(), canaries.sourceSig())
        + CanaryConfigs.adls(auth, endpoint);
  }

  private static Background inTheBackground(String name, String server) {
    Path adlsWorkdir = scratch.resolve("adls-" + name);
    String config = adls(adlsWorkdir, "account-key", server + "/" + RefusingStorageAccount.ACCOUNT);
    return new Background(
        adlsWorkdir,
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return run(config, "run");
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }));
  }

  private static String sourcesAddress() {
    return "http://127.0.0.1:" + sources.sources().get(0).uri().getPort();
  }

  /** The CLI in this JVM with {@code config} and the environment holding the canaries. */
  private static Cli run(String config, String... args) throws IOException {
    Path file = Files.createTempFile(scratch, "run", ".conf");
    Files.writeString(file, config);
    List<String> arguments = new ArrayList<>(List.of(args));
    arguments.addAll(1, List.of("--config", file.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            arguments.toArray(String[]::new),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            canaries.environment(storage.endpoint()));
    return new Cli(code, out.toString(), err.toString());
  }

  private static void assertNoCanary(Cli run, Path workdir) throws Exception {
    List<String> hits = new ArrayList<>();
    text(hits, "the CLI's output", run.out());
    text(hits, "the CLI's error output", run.err());
    text(hits, "the logs", logs.drain());
    hits.addAll(scan.hitsIn(workdir));
    assertThat(hits).as("canaries found (%s)", canaries.byKind()).isEmpty();
  }

  /** Each kind found in {@code text}, with the first line that holds it. */
  private static void text(List<String> hits, String where, String text) {
    for (String kind : canaries.foundIn(text)) {
      String value = canaries.byKind().get(kind);
      String line = text.lines().filter(l -> l.contains(value)).findFirst().orElse("");
      hits.add(kind + " in " + where + ": " + line);
    }
  }
}
