package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.adapters.adls.AdlsAuth;
import io.medallion.adapters.adls.AdlsSettings;
import io.medallion.adapters.spark.SparkSettings;
import io.medallion.adapters.synapse.RetryPolicy;
import io.medallion.adapters.synapse.SynapseSettings;
import io.medallion.adapters.synapse.SynapseSettings.Authentication;
import io.medallion.adapters.synapse.SynapseSettings.Mode;
import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import io.medallion.adapters.synapse.SynapseSettings.Timeouts;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@code medallion.adls} and {@code medallion.synapse} keys, read with a fake environment. */
class AzureSettingsTest {

  static final String CANARY = "CANARY-5eb1d0c2-never-print-me";
  static final Function<String, String> ENVIRONMENT =
      Map.of(
              "ADLS_SECRET", CANARY,
              "ADLS_CONNECTION",
                  "DefaultEndpointsProtocol=https;AccountName=medallionlake;"
                      + "AccountKey="
                      + CANARY
                      + ";EndpointSuffix=core.windows.net",
              "SYNAPSE_SECRET", CANARY)
          ::get;

  static final String AZURE =
      String.join(
          "\n",
          "medallion {",
          "  lake = adls",
          "  warehouse = synapse",
          "  adls {",
          "    account = medallionlake",
          "    file-system = lake",
          "    root-folder = \"/medallion/\"",
          "    auth = service-principal",
          "    secret-env = ADLS_SECRET",
          "    client-id = \"11111111-2222-3333-4444-555555555555\"",
          "    tenant-id = \"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"",
          "    sweep-after = 30m",
          "  }",
          "  synapse {",
          "    mode = dedicated",
          "    server = \"medallion-ws.sql.azuresynapse.net\"",
          "    database = medallion_dw",
          "    auth { method = sql-password, user = loader, secret-env = SYNAPSE_SECRET }",
          "    storage-access = caller",
          "    data-source-credential = lake_identity",
          "    timeouts { login = 10s, socket = 20m, query = 15m }",
          "    retry { max-attempts = 3, first-wait = 6s, max-wait = 30s }",
          "  }",
          "}");

  @Test
  void givenAdlsAndSynapse_settings_mapEveryKeyOntoTheAdapters() {
    MedallionSettings settings = MedallionSettings.parse(AZURE, ENVIRONMENT);

    AdlsSettings adls = settings.adls().orElseThrow().settings();
    assertThat(adls)
        .isEqualTo(
            new AdlsSettings(
                "medallionlake",
                "lake",
                "medallion",
                AdlsAuth.SERVICE_PRINCIPAL,
                Optional.of("11111111-2222-3333-4444-555555555555"),
                Optional.of("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"),
                Optional.of("ADLS_SECRET"),
                Optional.empty(),
                Duration.ofMinutes(30)));
    assertThat(settings.adls().orElseThrow().sparkAuth()).isEqualTo(AbfsOptions.SparkAuth.SETTINGS);
    assertThat(settings.synapse())
        .contains(
            new SynapseSettings(
                Mode.DEDICATED,
                "medallion-ws.sql.azuresynapse.net",
                1433,
                "medallion_dw",
                new SynapseSettings.Login(Authentication.SQL_PASSWORD, "loader", "SYNAPSE_SECRET"),
                URI.create("abfss://lake@medallionlake.dfs.core.windows.net/medallion/gold/"),
                StorageAccess.CALLER,
                "lake_identity",
                new Timeouts(
                    Duration.ofSeconds(10), Duration.ofMinutes(20), Duration.ofMinutes(15)),
                new RetryPolicy(3, Duration.ofSeconds(6), Duration.ofSeconds(30))));
    SparkSettings spark = settings.spark();
    assertThat(spark.lakeRoot())
        .isEqualTo("abfss://lake@medallionlake.dfs.core.windows.net/medallion");
    assertThat(spark.hadoopOptions())
        .containsEntry(
            "fs.azure.account.oauth2.client.secret.medallionlake.dfs.core.windows.net", CANARY);
    assertThat(settings.lakeLocation()).isEqualTo(spark.lakeRoot());
    assertThat(settings.warehouseLocation())
        .isEqualTo("Synapse medallion_dw on medallion-ws.sql.azuresynapse.net (DEDICATED)");
  }

  @Test
  void givenNothingSaid_settings_keepTheLocalLakeAndDuckDb() {
    MedallionSettings settings = MedallionSettings.parse("", ENVIRONMENT);

    assertThat(settings.adls()).isEmpty();
    assertThat(settings.synapse()).isEmpty();
    assertThat(settings.lakeLocation()).isEqualTo(settings.lakeRoot().toString());
    assertThat(settings.spark().hadoopOptions()).isEmpty();
    assertThat(settings.spark().lakeRoot()).isEqualTo(settings.lakeRoot().toString());
  }

  @Test
  void givenTheSynapseDefaults_settings_takeServerlessManagedIdentityAndTheDocumentedBounds() {
    MedallionSettings settings =
        MedallionSettings.parse(
            adls("auth = managed-identity")
                + "medallion.warehouse = synapse\n"
                + "medallion.synapse { server = ws-ondemand.sql.azuresynapse.net, database = gold }\n",
            ENVIRONMENT);

    SynapseSettings synapse = settings.synapse().orElseThrow();
    assertThat(synapse.mode()).isEqualTo(Mode.SERVERLESS);
    assertThat(synapse.port()).isEqualTo(1433);
    assertThat(synapse.login().authentication()).isEqualTo(Authentication.MANAGED_IDENTITY);
    assertThat(synapse.login().user()).isNull();
    assertThat(synapse.storageAccess()).isEqualTo(StorageAccess.MANAGED_IDENTITY);
    assertThat(synapse.dataSourceCredential()).isNull();
    assertThat(synapse.timeouts()).isEqualTo(Timeouts.defaults());
    assertThat(synapse.retry()).isEqualTo(RetryPolicy.defaults());
    assertThat(synapse.goldRoot())
        .isEqualTo(URI.create("abfss://lake@medallionlake.dfs.core.windows.net/gold/"));
  }

  @ParameterizedTest
  @EnumSource(AdlsAuth.class)
  void givenEachAdlsAuth_settings_parseAndKeepTheSecretOutOfEveryText(AdlsAuth auth) {
    String spelling = ConfigSection.spelling(auth);
    String secretEnv = auth == AdlsAuth.CONNECTION_STRING ? "ADLS_CONNECTION" : "ADLS_SECRET";
    MedallionSettings settings =
        MedallionSettings.parse(
            adls(
                "auth = " + spelling,
                "secret-env = " + secretEnv,
                "client-id = app-id",
                "tenant-id = tenant-id"),
            ENVIRONMENT);

    AdlsSettings adls = settings.adls().orElseThrow().settings();
    assertThat(adls.auth()).isEqualTo(auth);
    assertThat(adls.secretEnv())
        .isEqualTo(auth == AdlsAuth.MANAGED_IDENTITY ? Optional.empty() : Optional.of(secretEnv));
    SparkSettings spark = settings.spark();
    assertThat(spark.hadoopOptions()).isNotEmpty();
    assertThat(spark.hadoopOptions().containsValue(CANARY))
        .isEqualTo(auth != AdlsAuth.MANAGED_IDENTITY);
    assertThat(settings.toString()).contains("abfss://").doesNotContain(CANARY);
    assertThat(spark.toString()).doesNotContain(CANARY);
    assertThat(adls.toString()).doesNotContain(CANARY);
  }

  @Test
  void givenTheClusterSparkAuth_settings_giveSparkNoOption() {
    MedallionSettings settings =
        MedallionSettings.parse(
            adls("auth = account-key", "secret-env = ADLS_SECRET", "spark-auth = cluster"),
            ENVIRONMENT);

    assertThat(settings.spark().hadoopOptions()).isEmpty();
    assertThat(settings.adls().orElseThrow().settings().auth()).isEqualTo(AdlsAuth.ACCOUNT_KEY);
  }

  @Test
  void givenMissingKeys_settings_failNamingTheKey() {
    assertRefused(
        "medallion.lake = adls\n", "medallion.adls.account is required when medallion.lake = adls");
    assertRefused(
        "medallion.lake = adls\nmedallion.adls.account = a1\n",
        "medallion.adls.file-system is required when medallion.lake = adls");
    assertRefused(
        adls("auth = sas"), "medallion.adls.secret-env is required when medallion.adls.auth = sas");
    assertRefused(
        adls("auth = service-principal", "secret-env = ADLS_SECRET", "tenant-id = t"),
        "medallion.adls.client-id is required when medallion.adls.auth = service-principal");
    assertRefused(
        adls("auth = service-principal", "secret-env = ADLS_SECRET", "client-id = c"),
        "medallion.adls.tenant-id is required when medallion.adls.auth = service-principal");
    assertRefused(
        adls("auth = managed-identity") + "medallion.warehouse = synapse\n",
        "medallion.synapse.server is required when medallion.warehouse = synapse");
    assertRefused(
        adls("auth = managed-identity")
            + "medallion.warehouse = synapse\nmedallion.synapse.server = ws.example.net\n",
        "medallion.synapse.database is required when medallion.warehouse = synapse");
    assertRefused(
        adls("auth = managed-identity") + synapse("auth.method = service-principal"),
        "medallion.synapse.auth.user is required when"
            + " medallion.synapse.auth.method = service-principal");
    assertRefused(
        adls("auth = managed-identity") + synapse("auth { method = sql-password, user = u }"),
        "medallion.synapse.auth.secret-env is required when"
            + " medallion.synapse.auth.method = sql-password");
    assertRefused(
        synapse("auth.method = managed-identity"),
        "medallion.synapse.gold-root is required when medallion.warehouse = synapse");
  }

  @Test
  void givenUnknownChoices_settings_failNamingTheKeyAndTheChoices() {
    assertRefused("medallion.lake = s3\n", "medallion.lake must be one of local, adls, not 's3'");
    assertRefused(
        "medallion.warehouse = bigquery\n",
        "medallion.warehouse must be one of duckdb, synapse, not 'bigquery'");
    assertRefused(
        adls("auth = password"),
        "medallion.adls.auth must be one of connection-string, sas, account-key,"
            + " service-principal, managed-identity");
    assertRefused(
        adls("auth = managed-identity", "spark-auth = notebook"),
        "medallion.adls.spark-auth must be one of settings, cluster");
    assertRefused(
        adls("auth = managed-identity") + synapse("mode = provisioned"),
        "medallion.synapse.mode must be one of serverless, dedicated");
  }

  @Test
  void givenBadValues_settings_failNamingTheBlock() {
    assertRefused(
        adls("auth = managed-identity") + synapse("port = 0"),
        "medallion.synapse: the Synapse port must be 1-65535");
    assertRefused(
        adls("auth = managed-identity") + synapse("retry.first-wait = 1s"),
        "medallion.synapse: the first retry waits at least 5s");
    assertRefused(
        synapse("gold-root = \"https://lake.blob.core.windows.net/gold\""),
        "medallion.synapse: not an abfss:// address");
    assertRefused(
        adls("auth = managed-identity", "sweep-after = -1m"),
        "medallion.adls: sweepAfter cannot be negative");
  }

  @Test
  void givenASecretPastedWhereItsVariableGoes_settings_refuseWithoutRepeatingIt() {
    String pasted = "sv=2024-01-01&sig=" + CANARY;

    for (String config :
        new String[] {
          adls("auth = sas", "secret-env = \"" + pasted + "\""),
          adls("auth = managed-identity")
              + synapse("auth { method = sql-password, user = u, secret-env = \"" + pasted + "\" }")
        }) {
      assertThatThrownBy(() -> MedallionSettings.parse(config, ENVIRONMENT))
          .hasMessageContaining("must name an environment variable")
          .hasMessageNotContaining(CANARY);
    }
  }

  @Test
  void givenAnUnsetSecretOrAConnectionStringWithoutKey_spark_failsNamingTheVariableOnly() {
    Function<String, String> environment =
        Map.of("ADLS_CONNECTION", "BlobEndpoint=https://x.example/;Secret=" + CANARY)::get;
    MedallionSettings unset =
        MedallionSettings.parse(adls("auth = account-key", "secret-env = NOT_SET"), environment);
    MedallionSettings keyless =
        MedallionSettings.parse(
            adls("auth = connection-string", "secret-env = ADLS_CONNECTION"), environment);

    assertThatThrownBy(unset::spark)
        .hasMessageContaining(
            "environment variable NOT_SET (medallion.adls.secret-env) is not set");
    assertThatThrownBy(keyless::spark)
        .hasMessageContaining("neither AccountKey nor SharedAccessSignature")
        .hasMessageNotContaining(CANARY);
  }

  static String adls(String... lines) {
    return "medallion.lake = adls\nmedallion.adls { account = medallionlake, file-system = lake\n"
        + String.join("\n", lines)
        + "\n}\n";
  }

  private static String synapse(String... lines) {
    return "medallion.warehouse = synapse\n"
        + "medallion.synapse { server = ws.sql.azuresynapse.net, database = gold\n"
        + String.join("\n", lines)
        + "\n}\n";
  }

  private static void assertRefused(String config, String message) {
    assertThatThrownBy(() -> MedallionSettings.parse(config, ENVIRONMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message)
        .hasMessageNotContaining(CANARY);
  }
}
