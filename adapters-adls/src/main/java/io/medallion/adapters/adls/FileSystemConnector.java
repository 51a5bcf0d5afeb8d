package io.medallion.adapters.adls;

import com.azure.core.client.traits.AzureNamedKeyCredentialTrait;
import com.azure.core.client.traits.AzureSasCredentialTrait;
import com.azure.core.client.traits.TokenCredentialTrait;
import com.azure.core.credential.AzureNamedKeyCredential;
import com.azure.core.credential.AzureSasCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.HttpLogDetailLevel;
import com.azure.core.http.policy.HttpLogOptions;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.file.datalake.DataLakeFileSystemClient;
import com.azure.storage.file.datalake.DataLakeServiceClientBuilder;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds the SDK clients of the lake's file system from {@link AdlsSettings}, reading the secret
 * from the one environment variable the settings name, through the {@code environment} handed in.
 */
final class FileSystemConnector {

  private final AdlsSettings settings;
  private final Function<String, String> environment;

  FileSystemConnector(AdlsSettings settings, Function<String, String> environment) {
    this.settings = settings;
    this.environment = environment;
  }

  DataLakeFileSystemClient connect() {
    HttpClient http = httpClient();
    DataLakeServiceClientBuilder builder =
        new DataLakeServiceClientBuilder().httpClient(http).httpLogOptions(noHttpLogs());
    authenticate(builder, builder::connectionString, http);
    // After the connection string, which would otherwise set the account's own endpoint.
    builder.endpoint(settings.endpointUrl());
    return builder.buildClient().getFileSystemClient(settings.fileSystem());
  }

  /** The same file system as a Blob container, for what only the Blob API does (leases). */
  BlobContainerClient connectBlobs() {
    HttpClient http = httpClient();
    BlobServiceClientBuilder builder =
        new BlobServiceClientBuilder().httpClient(http).httpLogOptions(noHttpLogs());
    authenticate(builder, builder::connectionString, http);
    builder.endpoint(settings.blobEndpointUrl());
    return builder.buildClient().getBlobContainerClient(settings.fileSystem());
  }

  private static HttpClient httpClient() {
    // Chosen here rather than by service loading: the classpath also carries Spark's Netty, and
    // the SDK's Netty client is excluded on purpose.
    return new JdkHttpClientBuilder().build();
  }

  private static HttpLogOptions noHttpLogs() {
    // Headers and URLs stay out of the logs, whatever AZURE_HTTP_LOG_DETAIL_LEVEL says.
    return new HttpLogOptions().setLogLevel(HttpLogDetailLevel.NONE);
  }

  private <
          B extends
              TokenCredentialTrait<B> & AzureSasCredentialTrait<B>
                  & AzureNamedKeyCredentialTrait<B>>
      void authenticate(B builder, Consumer<String> connectionString, HttpClient http) {
    switch (settings.auth()) {
      case CONNECTION_STRING -> connectionString.accept(secret());
      case SAS -> builder.credential(new AzureSasCredential(secret()));
      case ACCOUNT_KEY ->
          builder.credential(new AzureNamedKeyCredential(settings.account(), secret()));
      case SERVICE_PRINCIPAL ->
          builder.credential(
              new ClientSecretCredentialBuilder()
                  .tenantId(settings.tenantId().orElseThrow())
                  .clientId(settings.clientId().orElseThrow())
                  .clientSecret(secret())
                  .httpClient(http)
                  .build());
      case MANAGED_IDENTITY -> {
        ManagedIdentityCredentialBuilder identity = new ManagedIdentityCredentialBuilder();
        settings.clientId().ifPresent(identity::clientId);
        builder.credential(identity.httpClient(http).build());
      }
      default -> throw new IllegalStateException("no way to authenticate as " + settings.auth());
    }
  }

  private String secret() {
    String name = settings.secretEnv().orElseThrow();
    String value = environment.apply(name);
    if (value == null || value.isBlank()) {
      // Names the variable, never a value.
      throw new IllegalStateException(
          "environment variable "
              + name
              + " is not set; it must hold the "
              + settings.auth()
              + " secret of ADLS account "
              + settings.account());
    }
    return value.strip();
  }
}
