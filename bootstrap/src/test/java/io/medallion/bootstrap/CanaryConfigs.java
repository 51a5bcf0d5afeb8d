package io.medallion.bootstrap;

import io.medallion.domain.medallion.Feed;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The HOCON of the canary runs: a lake and its lookup sources, whose addresses carry a SAS as real
 * ones in blob storage do, and the Azure blocks with the variables that hold their secrets.
 */
final class CanaryConfigs {

  private static final String GOLD_ROOT =
      "abfss://lake@" + RefusingStorageAccount.ACCOUNT + ".dfs.core.windows.net/medallion/gold/";

  private CanaryConfigs() {}

  /** A local lake and DuckDB, the sources at {@code sourceAddress}, signed with {@code sig}. */
  static String local(Path workdir, String sourceAddress, String sig) {
    String signed = "?" + Canaries.sasQuery(sig);
    return String.join(
        "\n",
        "medallion {",
        "  workdir = \"" + workdir + "\"",
        "  sources {",
        Feed.lookups().stream()
            .map(f -> "    " + f.fileStem() + " = \"" + sourceAddress + "/" + f.fileStem())
            .map(line -> line + ".csv" + signed + "\"")
            .collect(Collectors.joining("\n")),
        "  }",
        // Read only when the lake is in ADLS, but where a user's config has it all along.
        "  adls {",
        "    account = " + RefusingStorageAccount.ACCOUNT,
        "    file-system = lake",
        "    root-folder = medallion",
        "    auth = account-key",
        "    secret-env = " + Canaries.ADLS_KEY_ENV,
        "  }",
        "}",
        "");
  }

  /** A Synapse warehouse on 127.0.0.1 at {@code port}, tried once. */
  static String synapse(int port, String method, String secretEnv, String user) {
    return String.join(
        "\n",
        "medallion.warehouse = synapse",
        "medallion.synapse {",
        "  server = \"127.0.0.1\"",
        "  port = " + port,
        "  database = medallion_dw",
        "  auth { method = "
            + method
            + ", user = \""
            + user
            + "\", secret-env = "
            + secretEnv
            + " }",
        "  gold-root = \"" + GOLD_ROOT + "\"",
        "  timeouts.login = 5s",
        "  retry.max-attempts = 1",
        "}",
        "");
  }

  /** The lake in ADLS at {@code endpoint}, reached with {@code auth}'s secret. */
  static String adls(String auth, String endpoint) {
    String secretEnv =
        switch (auth) {
          case "sas" -> Canaries.ADLS_SAS_ENV;
          case "connection-string" -> Canaries.ADLS_CONNECTION_ENV;
          default -> Canaries.ADLS_KEY_ENV;
        };
    return String.join(
        "\n",
        "medallion.lake = adls",
        "medallion.adls {",
        "  auth = " + auth,
        "  secret-env = " + secretEnv,
        "  endpoint = \"" + endpoint + "\"",
        "}",
        "");
  }
}
