package io.medallion.adapters.synapse;

import static io.medallion.adapters.synapse.SnapshotFixtures.SECRET;
import static io.medallion.adapters.synapse.SnapshotFixtures.SECRET_VARIABLE;
import static io.medallion.adapters.synapse.SnapshotFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.adapters.synapse.SynapseSettings.Authentication;
import io.medallion.adapters.synapse.SynapseSettings.Login;
import io.medallion.adapters.synapse.SynapseSettings.Mode;
import io.medallion.adapters.synapse.SynapseSettings.Timeouts;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JdbcUrlTest {

  private static final Map<String, String> ENVIRONMENT = Map.of(SECRET_VARIABLE, SECRET);

  @Test
  void givenDefaults_of_encryptsValidatesTheCertificateAndBoundsEveryWait() {
    String url = JdbcUrl.of(settings(Mode.DEDICATED, Authentication.SQL_PASSWORD));

    assertThat(url)
        .startsWith("jdbc:sqlserver://medallion-ws.sql.azuresynapse.net:1433;databaseName=gold_dw;")
        .contains(";encrypt=true;", ";trustServerCertificate=false;")
        .contains(";loginTimeout=30;", ";socketTimeout=1860000;", ";queryTimeout=1800;")
        .contains(";authentication=SqlPassword;");
  }

  @Test
  void givenEachAuthentication_of_namesTheDriversMode() {
    assertThat(JdbcUrl.of(settings(Mode.SERVERLESS, Authentication.SERVICE_PRINCIPAL)))
        .contains(";authentication=ActiveDirectoryServicePrincipal;");
    assertThat(JdbcUrl.of(settings(Mode.SERVERLESS, Authentication.MANAGED_IDENTITY)))
        .contains(";authentication=ActiveDirectoryManagedIdentity;");
  }

  @Test
  void givenSecretInItsVariable_credentials_carryItOnlyInTheProperties() {
    SynapseSettings settings = settings(Mode.DEDICATED, Authentication.SERVICE_PRINCIPAL);

    Properties properties = JdbcUrl.credentials(settings.login(), ENVIRONMENT::get);

    assertThat(properties.getProperty("user")).isEqualTo("medallion_loader");
    assertThat(properties.getProperty("password")).isEqualTo(SECRET);
    assertThat(JdbcUrl.of(settings)).doesNotContain(SECRET);
  }

  @Test
  void givenManagedIdentity_credentials_needNoSecret() {
    SynapseSettings settings = settings(Mode.DEDICATED, Authentication.MANAGED_IDENTITY);

    assertThat(JdbcUrl.credentials(settings.login(), name -> null)).doesNotContainKey("password");
  }

  @Test
  void givenUnsetVariable_credentials_failNamingTheVariable() {
    Login login = settings(Mode.DEDICATED, Authentication.SQL_PASSWORD).login();

    assertThatThrownBy(() -> JdbcUrl.credentials(login, name -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(SECRET_VARIABLE);
  }

  @Test
  void givenSettingsAndConnections_toString_neverShowsTheSecret() {
    SynapseSettings settings = settings(Mode.DEDICATED, Authentication.SQL_PASSWORD);

    assertThat(settings.toString()).doesNotContain(SECRET).contains(SECRET_VARIABLE);
    assertThat(new DriverConnections(settings, ENVIRONMENT::get).toString())
        .doesNotContain(SECRET)
        .contains("encrypt=true");
  }

  @Test
  void givenNoServerListening_open_failsWithoutShowingTheSecret() {
    SynapseSettings settings =
        new SynapseSettings(
            Mode.DEDICATED,
            "127.0.0.1",
            1,
            "gold_dw",
            new Login(Authentication.SQL_PASSWORD, "medallion_loader", SECRET_VARIABLE),
            SnapshotFixtures.GOLD_ROOT,
            SynapseSettings.StorageAccess.CALLER,
            null,
            new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(2)),
            RetryPolicy.defaults());
    SqlRetry retry =
        new SqlRetry(
            new DriverConnections(settings, ENVIRONMENT::get),
            new RetryPolicy(1, Duration.ofSeconds(5), Duration.ofSeconds(5)),
            wait -> {});

    assertThatThrownBy(() -> retry.run("connecting", connection -> null))
        .isInstanceOf(IllegalStateException.class)
        .satisfies(e -> assertThat(fullText(e)).doesNotContain(SECRET));
  }

  @Test
  void givenInjectionInServerOrDatabase_settings_refuseIt() {
    SynapseSettings good = settings(Mode.DEDICATED, Authentication.SQL_PASSWORD);

    assertThatThrownBy(
            () ->
                new SynapseSettings(
                    good.mode(),
                    "host;trustServerCertificate=true",
                    1433,
                    good.database(),
                    good.login(),
                    good.goldRoot(),
                    good.storageAccess(),
                    null,
                    good.timeouts(),
                    good.retry()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new SynapseSettings(
                    good.mode(),
                    good.server(),
                    1433,
                    "db;encrypt=false",
                    good.login(),
                    good.goldRoot(),
                    good.storageAccess(),
                    null,
                    good.timeouts(),
                    good.retry()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenSocketTimeoutNotAboveQueryTimeout_timeouts_refuseIt() {
    assertThatThrownBy(
            () ->
                new Timeouts(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(5)))
        .hasMessageContaining("socket timeout must exceed the query timeout");
  }

  private static String fullText(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t).append('\n');
      for (StackTraceElement element : t.getStackTrace()) {
        text.append(element).append('\n');
      }
    }
    return text.toString();
  }
}
