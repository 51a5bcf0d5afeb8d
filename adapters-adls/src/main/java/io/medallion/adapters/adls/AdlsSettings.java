package io.medallion.adapters.adls;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the lake lives in ADLS Gen2 ({@code rootFolder} of file system {@code fileSystem} in
 * storage account {@code account}) and how to reach it. Secrets are never held here: {@code
 * secretEnv} only names the environment variable that carries one. {@code endpoint} overrides the
 * account's {@code https://<account>.dfs.core.windows.net} (an emulator's {@code
 * http://127.0.0.1:<port>/<account>}); temporary files older than {@code sweepAfter} are taken for
 * orphans of a crashed write.
 */
public record AdlsSettings(
    String account,
    String fileSystem,
    String rootFolder,
    AdlsAuth auth,
    Optional<String> clientId,
    Optional<String> tenantId,
    Optional<String> secretEnv,
    Optional<String> endpoint,
    Duration sweepAfter) {

  public static final Duration DEFAULT_SWEEP_AFTER = Duration.ofHours(1);

  public AdlsSettings {
    require(account, "account");
    require(fileSystem, "fileSystem");
    Objects.requireNonNull(rootFolder, "rootFolder");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(secretEnv, "secretEnv");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(sweepAfter, "sweepAfter");
    rootFolder = trimSlashes(rootFolder);
    if (auth.needsSecret() && secretEnv.isEmpty()) {
      throw new IllegalArgumentException(
          auth + " needs secretEnv, the variable holding its secret");
    }
    if (auth == AdlsAuth.SERVICE_PRINCIPAL && (clientId.isEmpty() || tenantId.isEmpty())) {
      throw new IllegalArgumentException("SERVICE_PRINCIPAL needs clientId and tenantId");
    }
    if (sweepAfter.isNegative()) {
      throw new IllegalArgumentException("sweepAfter cannot be negative: " + sweepAfter);
    }
  }

  /** A lake authenticated by a secret of kind {@code auth} read from {@code secretEnv}. */
  public static AdlsSettings withSecret(
      String account, String fileSystem, String rootFolder, AdlsAuth auth, String secretEnv) {
    return new AdlsSettings(
        account,
        fileSystem,
        rootFolder,
        auth,
        Optional.empty(),
        Optional.empty(),
        Optional.of(secretEnv),
        Optional.empty(),
        DEFAULT_SWEEP_AFTER);
  }

  /** These settings with the service reached at {@code url} instead of the account's. */
  public AdlsSettings withEndpoint(String url) {
    return new AdlsSettings(
        account,
        fileSystem,
        rootFolder,
        auth,
        clientId,
        tenantId,
        secretEnv,
        Optional.of(url),
        sweepAfter);
  }

  /** These settings with temporary files taken for orphans once older than {@code age}. */
  public AdlsSettings withSweepAfter(Duration age) {
    return new AdlsSettings(
        account, fileSystem, rootFolder, auth, clientId, tenantId, secretEnv, endpoint, age);
  }

  String endpointUrl() {
    return endpoint.orElse("https://" + account + ".dfs.core.windows.net");
  }

  /** The Blob API's address: the account's blob host beside its dfs host, or the same URL. */
  String blobEndpointUrl() {
    // An emulator's address names no dfs host: it serves both APIs there.
    return endpoint
        .map(url -> url.replaceFirst("^(https?://[^/]*?)\\.dfs\\.", "$1.blob."))
        .orElse("https://" + account + ".blob.core.windows.net");
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  private static String trimSlashes(String folder) {
    String trimmed = folder.strip();
    while (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }
}
