package io.medallion.adapters.synapse;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and how to reach the Synapse warehouse: the pool and its mode, the login (whose secret
 * stays in an environment variable named here), the gold folder of the lake, timeouts and retries.
 */
public record SynapseSettings(
    Mode mode,
    String server,
    int port,
    String database,
    Login login,
    URI goldRoot,
    StorageAccess storageAccess,
    String dataSourceCredential,
    Timeouts timeouts,
    RetryPolicy retry) {

  // Host names only: a ';' or '=' here would smuggle extra properties into the JDBC URL.
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})");
  private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_-]{1,128}");

  public SynapseSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(storageAccess, "storageAccess");
    Objects.requireNonNull(timeouts, "timeouts");
    Objects.requireNonNull(retry, "retry");
    if (server == null || !HOST.matcher(server).matches()) {
      throw new IllegalArgumentException("the Synapse server must be a host name: " + server);
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("the Synapse port must be 1-65535: " + port);
    }
    if (database == null || !DATABASE.matcher(database).matches()) {
      throw new IllegalArgumentException(
          "the Synapse database name must be letters, digits, '_' or '-': " + database);
    }
    StorageUrl.parseFolder(Objects.requireNonNull(goldRoot, "goldRoot"));
    if (dataSourceCredential != null) {
      SqlIdentifier.quote(dataSourceCredential);
    }
  }

  /** The pool the warehouse runs on. */
  public enum Mode {
    /** Views over the gold Delta tables, read in place by a serverless SQL pool. */
    SERVERLESS,
    /** Tables in a dedicated SQL pool, copied from each snapshot's Parquet files. */
    DEDICATED
  }

  /** How the dedicated pool's COPY INTO reaches the lake. */
  public enum StorageAccess {
    /** The caller's Entra identity (no CREDENTIAL clause); files are named on the blob endpoint. */
    CALLER,
    /** The workspace's managed identity, which COPY INTO accepts on the dfs endpoint only. */
    MANAGED_IDENTITY
  }

  /** How the driver logs in. */
  public enum Authentication {
    /** A SQL login: user and password. */
    SQL_PASSWORD("SqlPassword", true),
    /** An Entra ID service principal: its client id and secret (needs msal4j at run time). */
    SERVICE_PRINCIPAL("ActiveDirectoryServicePrincipal", true),
    /** The managed identity of the Azure host; user is a user-assigned identity's client id. */
    MANAGED_IDENTITY("ActiveDirectoryManagedIdentity", false);

    private final String driverName;
    private final boolean needsSecret;

    Authentication(String driverName, boolean needsSecret) {
      this.driverName = driverName;
      this.needsSecret = needsSecret;
    }

    String driverName() {
      return driverName;
    }

    boolean needsSecret() {
      return needsSecret;
    }
  }

  /**
   * Who logs in: the secret itself is never held here, only the name of the environment variable
   * that holds it, read when a connection opens.
   */
  public record Login(Authentication authentication, String user, String secretVariable) {

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public Login {
      Objects.requireNonNull(authentication, "authentication");
      if (authentication.needsSecret() && (user == null || user.isBlank())) {
        throw new IllegalArgumentException(authentication + " needs a user (or client id)");
      }
      if (authentication.needsSecret()
          && (secretVariable == null || !VARIABLE.matcher(secretVariable).matches())) {
        throw new IllegalArgumentException(
            authentication + " needs the name of the environment variable holding its secret");
      }
    }
  }

  /**
   * How long the driver waits: to log in, for any answer on the socket, for one statement. The
   * driver's own default waits forever on a silent socket.
   */
  public record Timeouts(Duration login, Duration socket, Duration query) {

    public Timeouts {
      requirePositiveSeconds(login, "login");
      requirePositiveSeconds(socket, "socket");
      requirePositiveSeconds(query, "query");
      // A long COPY INTO sends nothing until it ends: a shorter socket wait would cut it off.
      if (socket.compareTo(query) <= 0) {
        throw new IllegalArgumentException(
            "the socket timeout must exceed the query timeout: " + socket + " <= " + query);
      }
    }

    public static Timeouts defaults() {
      return new Timeouts(Duration.ofSeconds(30), Duration.ofMinutes(31), Duration.ofMinutes(30));
    }

    private static void requirePositiveSeconds(Duration duration, String name) {
      if (duration == null || duration.getSeconds() < 1) {
        throw new IllegalArgumentException("the " + name + " timeout must be at least 1s");
      }
    }
  }
}
