package io.medallion.adapters.synapse;

import io.medallion.adapters.synapse.SynapseSettings.Login;
import io.medallion.adapters.synapse.SynapseSettings.Timeouts;
import java.util.Properties;
import java.util.function.Function;

/**
 * The driver's address and login properties built from settings. The address holds no secret, so it
 * may be shown; the secret goes into the properties only, read from its variable each time.
 */
final class JdbcUrl {

  private JdbcUrl() {}

  static String of(SynapseSettings settings) {
    Timeouts timeouts = settings.timeouts();
    return "jdbc:sqlserver://"
        + settings.server()
        + ":"
        + settings.port()
        + ";databaseName="
        + settings.database()
        // Encrypted, and the server's certificate checked against its name: never trusted blindly.
        + ";encrypt=true;trustServerCertificate=false"
        + ";loginTimeout="
        + timeouts.login().toSeconds()
        + ";socketTimeout="
        + timeouts.socket().toMillis()
        + ";queryTimeout="
        + timeouts.query().toSeconds()
        + ";authentication="
        + settings.login().authentication().driverName()
        + ";applicationName=medallion";
  }

  /** The login's user and secret; the secret's variable must be set when it is needed. */
  static Properties credentials(Login login, Function<String, String> environment) {
    Properties properties = new Properties();
    if (login.user() != null && !login.user().isBlank()) {
      properties.setProperty("user", login.user());
    }
    if (login.authentication().needsSecret()) {
      String secret = environment.apply(login.secretVariable());
      if (secret == null || secret.isEmpty()) {
        throw new IllegalStateException(
            "the environment variable "
                + login.secretVariable()
                + " holding the Synapse secret is not set");
      }
      properties.setProperty("password", secret);
    }
    return properties;
  }
}
