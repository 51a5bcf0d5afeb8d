package io.medallion.adapters.adls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdlsSettingsTest {

  @Test
  void givenNoEndpoint_settings_reachTheAccountsDfsEndpoint() {
    AdlsSettings settings =
        AdlsSettings.withSecret("acct", "lake", "/medallion/", AdlsAuth.SAS, "MEDALLION_ADLS_SAS");

    assertThat(settings.endpointUrl()).isEqualTo("https://acct.dfs.core.windows.net");
    assertThat(settings.rootFolder()).isEqualTo("medallion");
    assertThat(settings.sweepAfter()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void givenEndpoint_blobEndpoint_isTheBlobHostBesideADfsHostOrTheSameUrl() {
    AdlsSettings account =
        AdlsSettings.withSecret("acct", "lake", "", AdlsAuth.SAS, "MEDALLION_ADLS_SAS");

    assertThat(account.blobEndpointUrl()).isEqualTo("https://acct.blob.core.windows.net");
    assertThat(account.withEndpoint("https://acct.dfs.core.chinacloudapi.cn").blobEndpointUrl())
        .isEqualTo("https://acct.blob.core.chinacloudapi.cn");
    assertThat(account.withEndpoint("http://127.0.0.1:10000/acct").blobEndpointUrl())
        .isEqualTo("http://127.0.0.1:10000/acct");
    assertThat(account.withEndpoint("http://127.0.0.1:1/acct/a.dfs.b").blobEndpointUrl())
        .isEqualTo("http://127.0.0.1:1/acct/a.dfs.b");
  }

  @Test
  void givenSecretAuthWithoutVariable_settings_areRefused() {
    assertThatThrownBy(() -> settings(AdlsAuth.ACCOUNT_KEY, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secretEnv");
  }

  @Test
  void givenServicePrincipalWithoutTenant_settings_areRefused() {
    assertThatThrownBy(
            () -> settings(AdlsAuth.SERVICE_PRINCIPAL, Optional.of("client"), Optional.of("ENV")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tenantId");
  }

  @Test
  void givenManagedIdentity_settings_needNoSecret() {
    AdlsSettings settings = settings(AdlsAuth.MANAGED_IDENTITY, Optional.empty(), Optional.empty());

    assertThat(settings.secretEnv()).isEmpty();
  }

  private static AdlsSettings settings(
      AdlsAuth auth, Optional<String> clientId, Optional<String> secretEnv) {
    return new AdlsSettings(
        "acct",
        "lake",
        "",
        auth,
        clientId,
        Optional.empty(),
        secretEnv,
        Optional.empty(),
        AdlsSettings.DEFAULT_SWEEP_AFTER);
  }
}
