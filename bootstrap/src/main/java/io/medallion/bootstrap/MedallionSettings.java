package io.medallion.bootstrap;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.medallion.adapters.cli.CommandSettings;
import io.medallion.adapters.duckdb.DuckDbSettings;
import io.medallion.adapters.filesystem.FilesystemSettings;
import io.medallion.adapters.http.HttpSettings;
import io.medallion.adapters.spark.SparkSettings;
import io.medallion.adapters.synapse.SynapseSettings;
import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.run.LookupSource;
import io.medallion.domain.medallion.Feed;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything a run is configured with, read once from a HOCON file (see {@code config/local.conf})
 * over the defaults in {@code reference.conf}: a lake on the local disk or in ADLS, a DuckDB or a
 * Synapse warehouse. Secrets stay in the {@code environment}, looked up when an adapter needs one.
 */
record MedallionSettings(
    Path workdir,
    String sparkMaster,
    int shufflePartitions,
    HttpSettings http,
    AlertSettings alerts,
    boolean fetchLookups,
    List<LookupSource> sources,
    Optional<FaultPoint> crashAt,
    Optional<AdlsLake> adls,
    Optional<SynapseSettings> synapse,
    Function<String, String> environment)
    implements CommandSettings {

  /** Where the lake lives. */
  enum LakeKind {
    LOCAL,
    ADLS
  }

  /** Which warehouse serves gold. */
  enum WarehouseKind {
    DUCKDB,
    SYNAPSE
  }

  MedallionSettings {
    workdir = workdir.toAbsolutePath().normalize();
    sources = List.copyOf(sources);
    Objects.requireNonNull(adls, "adls");
    Objects.requireNonNull(synapse, "synapse");
    Objects.requireNonNull(environment, "environment");
  }

  /**
   * The defaults with this working folder and no sources to fetch: its lookups stay as its raw zone
   * holds them (the demo's, the read commands', and a watch over a working folder).
   */
  static MedallionSettings forWorkdir(Path workdir) {
    return from(
        ConfigFactory.parseMap(
            Map.of("medallion.workdir", workdir.toString(), "medallion.fetch-lookups", false)),
        System::getenv);
  }

  static MedallionSettings fromFile(Path file) {
    return fromFile(file, System::getenv);
  }

  /** The settings of a file, with secrets looked up in {@code environment}. */
  static MedallionSettings fromFile(Path file, Function<String, String> environment) {
    if (!file.toFile().isFile()) {
      throw new IllegalArgumentException("no config file at " + file);
    }
    return from(ConfigFactory.parseFile(new File(file.toString())), environment);
  }

  /** The settings of HOCON text, with secrets looked up in {@code environment}. */
  static MedallionSettings parse(String hocon, Function<String, String> environment) {
    return from(ConfigFactory.parseString(hocon), environment);
  }

  private static MedallionSettings from(Config overrides, Function<String, String> environment) {
    // System properties first, as Lightbend Config orders them: -Dmedallion.crash-at=... for tests.
    Config c =
        ConfigFactory.defaultOverrides()
            .withFallback(overrides)
            .withFallback(ConfigFactory.defaultReference())
            .resolve()
            .getConfig("medallion");
    ConfigSection medallion = new ConfigSection(c, "medallion");
    Optional<AdlsLake> adls =
        medallion.choice("lake", LakeKind.class) == LakeKind.ADLS
            ? Optional.of(AdlsLake.read(medallion.section("adls")))
            : Optional.empty();
    Optional<SynapseSettings> synapse =
        medallion.choice("warehouse", WarehouseKind.class) == WarehouseKind.SYNAPSE
            ? Optional.of(SynapseSettingsReader.read(medallion.section("synapse"), adls))
            : Optional.empty();
    String crashAt = c.getString("crash-at");
    return new MedallionSettings(
        Path.of(c.getString("workdir")),
        c.getString("spark.master"),
        c.getInt("spark.shuffle-partitions"),
        http(c.getConfig("http")),
        alerts(c.getConfig("alerts"), environment),
        c.getBoolean("fetch-lookups"),
        lookups(c.getConfig("sources")),
        crashAt.isEmpty() ? Optional.empty() : Optional.of(FaultPoint.of(crashAt)),
        adls,
        synapse,
        environment);
  }

  private static HttpSettings http(Config http) {
    return new HttpSettings(
        http.getDuration("connect-timeout"),
        http.getDuration("request-timeout"),
        http.getInt("max-attempts"),
        http.getDuration("initial-backoff"),
        http.getDuration("max-backoff"),
        http.getDuration("max-retry-after"),
        http.getDuration("total-timeout"));
  }

  /**
   * Where alerts go: the address in the variable {@code webhook-env} names, if set. A bad address
   * is refused naming the variable, never repeating its value (it holds the webhook's token).
   */
  private static AlertSettings alerts(Config alerts, Function<String, String> environment) {
    String variable = alerts.getString("webhook-env");
    String value = variable.isBlank() ? null : environment.apply(variable);
    // Unset, the default variable means no alerts wanted; another name was chosen on purpose.
    boolean chosen =
        !variable.isBlank()
            && !variable.equals(
                ConfigFactory.defaultReference().getString("medallion.alerts.webhook-env"));
    Optional<String> unset =
        chosen && (value == null || value.isBlank()) ? Optional.of(variable) : Optional.empty();
    Optional<URI> webhook = Optional.empty();
    if (value != null && !value.isBlank()) {
      try {
        webhook = Optional.of(new URI(value.strip()));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            variable + " (medallion.alerts.webhook-env) is not an address");
      }
    }
    return new AlertSettings(webhook, alerts.getBoolean("warnings"), unset);
  }

  /**
   * The webhook alerts go to, if any, and whether failed WARN expectations alert too; {@code
   * unsetVariable} names a variable other than the default that {@code webhook-env} names yet the
   * environment does not set.
   */
  record AlertSettings(Optional<URI> webhook, boolean warnings, Optional<String> unsetVariable) {}

  private static List<LookupSource> lookups(Config sources) {
    return Feed.lookups().stream()
        .filter(f -> sources.hasPath(f.fileStem()))
        .map(f -> new LookupSource(f, address(f, sources.getString(f.fileStem()))))
        .toList();
  }

  /**
   * A source's address; a bad one is refused naming its key but never repeating it, since its query
   * may be a SAS token.
   */
  private static URI address(Feed feed, String address) {
    String key = "medallion.sources." + feed.fileStem();
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(key + " is not an address: " + e.getReason());
    }
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException(key + " must be an absolute http(s) address");
    }
    return uri;
  }

  @Override
  public Path lakeRoot() {
    return workdir.resolve("lake");
  }

  @Override
  public Path warehouseFile() {
    return workdir.resolve("warehouse").resolve("medallion.duckdb");
  }

  @Override
  public String lakeLocation() {
    return adls.map(AdlsLake::root).orElse(lakeRoot().toString());
  }

  @Override
  public String warehouseLocation() {
    return synapse
        .map(s -> "Synapse " + s.database() + " on " + s.server() + " (" + s.mode() + ")")
        .orElse(warehouseFile().toString());
  }

  @Override
  public boolean synapseWarehouse() {
    return synapse.isPresent();
  }

  /** The Spark settings; with an ADLS lake they carry its secret, read from the environment now. */
  SparkSettings spark() {
    Map<String, String> hadoopOptions =
        adls.map(lake -> lake.hadoopOptions(environment)).orElse(Map.of());
    return new SparkSettings(sparkMaster, lakeLocation(), shufflePartitions, hadoopOptions);
  }

  FilesystemSettings filesystem() {
    return new FilesystemSettings(lakeRoot());
  }

  DuckDbSettings duckDb() {
    return new DuckDbSettings(warehouseFile());
  }

  /**
   * The run of the configured sources; fails naming the lookup feeds that have none, unless no
   * lookup is fetched since the landed titles hold their names (the catalogue layout).
   */
  @Override
  public RunPipelineCommand runCommand() {
    if (!fetchLookups) {
      if (!sources.isEmpty()) {
        throw new IllegalArgumentException(
            "medallion.fetch-lookups is false, yet sources are given: " + names(sources));
      }
      return new RunPipelineCommand(List.of());
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException(
          "no source given for "
              + Feed.lookups()
              + " (or set medallion.fetch-lookups = false for titles in the catalogue layout)");
    }
    return new RunPipelineCommand(sources);
  }

  /** The variables named for a run's secrets (and a chosen webhook) that the environment lacks. */
  @Override
  public List<String> missingVariables() {
    List<String> missing = new ArrayList<>();
    adls.flatMap(lake -> lake.settings().secretEnv())
        .filter(this::unset)
        .ifPresent(
            v -> missing.add(unsetLine(v, "medallion.adls.secret-env", "the lake's secret")));
    synapse
        .map(s -> s.login().secretVariable())
        .filter(this::unset)
        .ifPresent(
            v ->
                missing.add(
                    unsetLine(v, "medallion.synapse.auth.secret-env", "the warehouse's secret")));
    alerts
        .unsetVariable()
        .ifPresent(
            v -> missing.add(unsetLine(v, "medallion.alerts.webhook-env", "the alerts' webhook")));
    return List.copyOf(missing);
  }

  private boolean unset(String variable) {
    String value = environment.apply(variable);
    return value == null || value.isBlank();
  }

  private static String unsetLine(String variable, String key, String holding) {
    return "variable " + variable + " is not set (" + key + " names it to hold " + holding + ")";
  }

  // The feeds only: an address may carry a SAS token.
  private static List<String> names(List<LookupSource> sources) {
    return sources.stream().map(LookupSource::name).toList();
  }

  @Override
  public String toString() {
    // The environment stays out: it is where the secrets are.
    return "MedallionSettings[workdir="
        + workdir
        + ", lake="
        + lakeLocation()
        + ", warehouse="
        + warehouseLocation()
        + ", spark="
        + sparkMaster
        + ", sources="
        + names(sources)
        + ", crashAt="
        + crashAt
        + "]";
  }
}
