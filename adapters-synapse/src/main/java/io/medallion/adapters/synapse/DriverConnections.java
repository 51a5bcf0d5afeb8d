package io.medallion.adapters.synapse;

import io.medallion.adapters.synapse.SynapseSettings.Login;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Function;

/** Opens connections through the SQL Server driver with the settings' address and login. */
final class DriverConnections implements ConnectionSource {

  private final String url;
  private final Login login;
  private final Function<String, String> environment;

  DriverConnections(SynapseSettings settings, Function<String, String> environment) {
    this.url = JdbcUrl.of(settings);
    this.login = settings.login();
    this.environment = environment;
  }

  @Override
  public Connection open() throws SQLException {
    return DriverManager.getConnection(url, JdbcUrl.credentials(login, environment));
  }

  @Override
  public String toString() {
    return "DriverConnections[" + url + ", user=" + login.user() + "]";
  }
}
