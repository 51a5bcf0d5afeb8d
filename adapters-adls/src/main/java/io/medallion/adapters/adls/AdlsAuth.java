package io.medallion.adapters.adls;

/** How the adapter proves who it is to the storage account, and whether that needs a secret. */
public enum AdlsAuth {
  /** A full connection string (it carries the account key) read from {@code secretEnv}. */
  CONNECTION_STRING(true),
  /** A SAS token (without the leading {@code ?}) read from {@code secretEnv}. */
  SAS(true),
  /** The account's shared key read from {@code secretEnv}. */
  ACCOUNT_KEY(true),
  /**
   * An Entra ID app: {@code tenantId}, {@code clientId} and its secret read from {@code secretEnv}.
   */
  SERVICE_PRINCIPAL(true),
  /** The host's managed identity; {@code clientId} picks a user-assigned one. No secret. */
  MANAGED_IDENTITY(false);

  private final boolean needsSecret;

  AdlsAuth(boolean needsSecret) {
    this.needsSecret = needsSecret;
  }

  boolean needsSecret() {
    return needsSecret;
  }
}
