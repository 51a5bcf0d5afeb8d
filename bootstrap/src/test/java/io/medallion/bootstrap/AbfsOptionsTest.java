package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.adapters.adls.AdlsAuth;
import io.medallion.adapters.adls.AdlsSettings;
import io.medallion.bootstrap.AbfsOptions.SparkAuth;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The hadoop-azure keys per authentication, exactly as the ABFS driver documents them. */
class AbfsOptionsTest {

  private static final String SECRET = AzureSettingsTest.CANARY;
  private static final String HOST = "medallionlake.dfs.core.windows.net";
  private static final Function<String, String> ENVIRONMENT =
      Map.of(
              "KEY", SECRET,
              "SAS", "?sv=2024-05-04&ss=b&sig=" + SECRET,
              "KEY_STRING",
                  "DefaultEndpointsProtocol=https;AccountName=medallionlake;AccountKey="
                      + SECRET
                      + "==;EndpointSuffix=core.windows.net",
              "SAS_STRING",
                  "BlobEndpoint=https://medallionlake.blob.core.windows.net/;"
                      + "SharedAccessSignature=sv=2024-05-04&sig="
                      + SECRET)
          ::get;

  @Test
  void givenAnAccountKey_options_setTheSharedKeyForTheAccount() {
    assertThat(options(AdlsAuth.ACCOUNT_KEY, "KEY"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "fs.azure.account.auth.type." + HOST,
                "SharedKey",
                "fs.azure.account.key." + HOST,
                SECRET));
  }

  @Test
  void givenASas_options_setAFixedTokenWithoutItsQuestionMark() {
    assertThat(options(AdlsAuth.SAS, "SAS"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "fs.azure.account.auth.type." + HOST,
                "SAS",
                "fs.azure.sas.token.provider.type." + HOST,
                "org.apache.hadoop.fs.azurebfs.sas.FixedSASTokenProvider",
                "fs.azure.sas.fixed.token." + HOST,
                "sv=2024-05-04&ss=b&sig=" + SECRET));
  }

  @Test
  void givenAConnectionString_options_takeItsAccountKeyOrItsSas() {
    assertThat(options(AdlsAuth.CONNECTION_STRING, "KEY_STRING"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "fs.azure.account.auth.type." + HOST,
                "SharedKey",
                "fs.azure.account.key." + HOST,
                SECRET + "=="));
    assertThat(options(AdlsAuth.CONNECTION_STRING, "SAS_STRING"))
        .containsEntry("fs.azure.account.auth.type." + HOST, "SAS")
        .containsEntry("fs.azure.sas.fixed.token." + HOST, "sv=2024-05-04&sig=" + SECRET)
        .hasSize(3);
  }

  @Test
  void givenAServicePrincipal_options_useClientCredentialsAgainstItsTenant() {
    AdlsSettings settings =
        new AdlsSettings(
            "medallionlake",
            "lake",
            "",
            AdlsAuth.SERVICE_PRINCIPAL,
            Optional.of("app-1"),
            Optional.of("tenant-9"),
            Optional.of("KEY"),
            Optional.empty(),
            Duration.ofHours(1));

    assertThat(AbfsOptions.of(settings, SparkAuth.SETTINGS, ENVIRONMENT))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "fs.azure.account.auth.type." + HOST,
                "OAuth",
                "fs.azure.account.oauth.provider.type." + HOST,
                "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider",
                "fs.azure.account.oauth2.client.id." + HOST,
                "app-1",
                "fs.azure.account.oauth2.client.secret." + HOST,
                SECRET,
                "fs.azure.account.oauth2.client.endpoint." + HOST,
                "https://login.microsoftonline.com/tenant-9/oauth2/token"));
  }

  @Test
  void givenAManagedIdentity_options_useMsiAndAUserAssignedIdentityWhenNamed() {
    AdlsSettings system =
        new AdlsSettings(
            "medallionlake",
            "lake",
            "",
            AdlsAuth.MANAGED_IDENTITY,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Duration.ofHours(1));
    AdlsSettings userAssigned =
        new AdlsSettings(
            "medallionlake",
            "lake",
            "",
            AdlsAuth.MANAGED_IDENTITY,
            Optional.of("identity-3"),
            Optional.of("tenant-9"),
            Optional.empty(),
            Optional.empty(),
            Duration.ofHours(1));

    assertThat(AbfsOptions.of(system, SparkAuth.SETTINGS, name -> null))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "fs.azure.account.auth.type." + HOST,
                "OAuth",
                "fs.azure.account.oauth.provider.type." + HOST,
                "org.apache.hadoop.fs.azurebfs.oauth2.MsiTokenProvider"));
    assertThat(AbfsOptions.of(userAssigned, SparkAuth.SETTINGS, name -> null))
        .containsEntry("fs.azure.account.oauth2.client.id." + HOST, "identity-3")
        .containsEntry("fs.azure.account.oauth2.msi.tenant." + HOST, "tenant-9")
        .hasSize(4);
  }

  @Test
  void givenTheClustersOwnAccess_options_areNone() {
    AdlsSettings settings =
        AdlsSettings.withSecret("medallionlake", "lake", "", AdlsAuth.SAS, "SAS");

    assertThat(AbfsOptions.of(settings, SparkAuth.CLUSTER, ENVIRONMENT)).isEmpty();
  }

  @Test
  void givenAnEndpoint_options_andTheLakeRoot_useItsHost() {
    AdlsSettings settings =
        AdlsSettings.withSecret("devstoreaccount1", "lake", "m", AdlsAuth.ACCOUNT_KEY, "KEY")
            .withEndpoint("http://127.0.0.1:10000/devstoreaccount1");

    assertThat(AbfsOptions.of(settings, SparkAuth.SETTINGS, ENVIRONMENT))
        .containsEntry("fs.azure.account.key.127.0.0.1:10000", SECRET);
    assertThat(new AdlsLake(settings, SparkAuth.SETTINGS).root())
        .isEqualTo("abfss://lake@127.0.0.1:10000/m");
  }

  @Test
  void givenNoSecretInTheEnvironment_options_failNamingTheVariableNotAValue() {
    AdlsSettings settings =
        AdlsSettings.withSecret("medallionlake", "lake", "", AdlsAuth.ACCOUNT_KEY, "MISSING");

    assertThatThrownBy(() -> AbfsOptions.of(settings, SparkAuth.SETTINGS, ENVIRONMENT))
        .hasMessageContaining("MISSING")
        .hasMessageContaining("medallion.adls.secret-env")
        .hasMessageNotContaining(SECRET);
  }

  private static Map<String, String> options(AdlsAuth auth, String secretEnv) {
    AdlsSettings settings = AdlsSettings.withSecret("medallionlake", "lake", "", auth, secretEnv);
    return AbfsOptions.of(settings, SparkAuth.SETTINGS, ENVIRONMENT);
  }
}
