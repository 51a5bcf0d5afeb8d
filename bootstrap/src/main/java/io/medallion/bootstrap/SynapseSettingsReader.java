package io.medallion.bootstrap;

import io.medallion.adapters.synapse.RetryPolicy;
import io.medallion.adapters.synapse.SynapseSettings;
import io.medallion.adapters.synapse.SynapseSettings.Authentication;
import io.medallion.adapters.synapse.SynapseSettings.Login;
import io.medallion.adapters.synapse.SynapseSettings.Mode;
import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import io.medallion.adapters.synapse.SynapseSettings.Timeouts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Reads {@code medallion.synapse} into the Synapse adapter's settings, naming any bad key. */
final class SynapseSettingsReader {

  private static final String WHEN = "when medallion.warehouse = synapse";

  private SynapseSettingsReader() {}

  /** The warehouse's settings; the gold folder defaults to the ADLS lake's, if the lake is one. */
  static SynapseSettings read(ConfigSection synapse, Optional<AdlsLake> lake) {
    String server = synapse.required("server", WHEN);
    String database = synapse.required("database", WHEN);
    Mode mode = synapse.choice("mode", Mode.class);
    Login login = login(synapse.section("auth"));
    URI goldRoot = goldRoot(synapse, lake);
    StorageAccess storageAccess = synapse.choice("storage-access", StorageAccess.class);
    ConfigSection timeouts = synapse.section("timeouts");
    ConfigSection retry = synapse.section("retry");
    try {
      return new SynapseSettings(
          mode,
          server,
          synapse.number("port"),
          database,
          login,
          goldRoot,
          storageAccess,
          synapse.optional("data-source-credential").orElse(null),
          new Timeouts(
              timeouts.duration("login"), timeouts.duration("socket"), timeouts.duration("query")),
          new RetryPolicy(
              retry.number("max-attempts"),
              retry.duration("first-wait"),
              retry.duration("max-wait")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("medallion.synapse: " + e.getMessage(), e);
    }
  }

  private static Login login(ConfigSection auth) {
    Authentication method = auth.choice("method", Authentication.class);
    String when = "when medallion.synapse.auth.method = " + ConfigSection.spelling(method);
    Optional<String> secretEnv = auth.variable("secret-env");
    if (method == Authentication.MANAGED_IDENTITY) {
      // A user-assigned identity is named by its client id; none means the system-assigned one.
      return new Login(method, auth.optional("user").orElse(null), null);
    }
    String user = auth.required("user", when);
    if (secretEnv.isEmpty()) {
      auth.required("secret-env", when + " (the variable holding its secret)");
    }
    return new Login(method, user, secretEnv.get());
  }

  private static URI goldRoot(ConfigSection synapse, Optional<AdlsLake> lake) {
    Optional<String> given = synapse.optional("gold-root");
    if (given.isPresent()) {
      try {
        return new URI(given.get());
      } catch (URISyntaxException e) {
        // Not repeated: an address may carry a SAS token in its query.
        throw new IllegalArgumentException(
            synapse.key("gold-root") + " is not an abfss:// address");
      }
    }
    return lake.map(AdlsLake::goldRoot)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    synapse.key("gold-root")
                        + " is required "
                        + WHEN
                        + " and the lake is not in ADLS (medallion.lake = local)"));
  }
}
