package io.medallion.bootstrap;

import io.medallion.adapters.adls.AdlsAuth;
import io.medallion.adapters.adls.AdlsSettings;
import io.medallion.bootstrap.AbfsOptions.SparkAuth;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A lake in ADLS Gen2: the adapter's settings, read from {@code medallion.adls}, and whose access
 * Spark uses to reach the same folder as {@code abfss://}.
 */
record AdlsLake(AdlsSettings settings, SparkAuth sparkAuth) {

  private static final String WHEN = "when medallion.lake = adls";

  static AdlsLake read(ConfigSection adls) {
    String account = adls.required("account", WHEN);
    String fileSystem = adls.required("file-system", WHEN);
    AdlsAuth auth = adls.choice("auth", AdlsAuth.class);
    String whenAuth = "when medallion.adls.auth = " + ConfigSection.spelling(auth);
    Optional<String> secretEnv = adls.variable("secret-env");
    if (auth != AdlsAuth.MANAGED_IDENTITY && secretEnv.isEmpty()) {
      adls.required("secret-env", whenAuth + " (the variable holding its secret)");
    }
    Optional<String> clientId = adls.optional("client-id");
    Optional<String> tenantId = adls.optional("tenant-id");
    if (auth == AdlsAuth.SERVICE_PRINCIPAL) {
      adls.required("client-id", whenAuth);
      adls.required("tenant-id", whenAuth);
    }
    SparkAuth sparkAuth = adls.choice("spark-auth", SparkAuth.class);
    try {
      AdlsSettings settings =
          new AdlsSettings(
              account,
              fileSystem,
              adls.text("root-folder"),
              auth,
              clientId,
              tenantId,
              auth == AdlsAuth.MANAGED_IDENTITY ? Optional.empty() : secretEnv,
              adls.optional("endpoint"),
              adls.duration("sweep-after"));
      return new AdlsLake(settings, sparkAuth);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("medallion.adls: " + e.getMessage(), e);
    }
  }

  /** The lake's root as Spark reads it: {@code abfss://<file-system>@<host>/<root-folder>}. */
  String root() {
    return "abfss://" + settings.fileSystem() + "@" + AbfsOptions.host(settings) + folder();
  }

  /**
   * The gold folder as Synapse reads it, on the account's own dfs host (an emulator's endpoint is
   * out of Synapse's reach).
   */
  URI goldRoot() {
    return URI.create(
        "abfss://"
            + settings.fileSystem()
            + "@"
            + settings.account()
            + ".dfs.core.windows.net"
            + folder()
            + "/gold/");
  }

  Map<String, String> hadoopOptions(Function<String, String> environment) {
    return AbfsOptions.of(settings, sparkAuth, environment);
  }

  private String folder() {
    return settings.rootFolder().isEmpty() ? "" : "/" + settings.rootFolder();
  }
}
