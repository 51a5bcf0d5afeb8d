package io.medallion.bootstrap;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Four fake secrets, one of each kind a user hands medallion, and the environment that holds them
 * where the settings look: an ADLS key, a Synapse SQL password, the signature of a lookup source's
 * SAS and a service principal's client secret. Each is valid Base64 (hex after a fixed prefix), as
 * an account key must be for the SDK to sign with it at all.
 */
record Canaries(String adlsKey, String synapsePassword, String sourceSig, String clientSecret) {

  static final String ADLS_KEY_ENV = "MEDALLION_ADLS_KEY";
  static final String ADLS_SAS_ENV = "MEDALLION_ADLS_SAS";
  static final String ADLS_CONNECTION_ENV = "MEDALLION_ADLS_CONNECTION";
  static final String SYNAPSE_PASSWORD_ENV = "MEDALLION_SYNAPSE_PASSWORD";
  static final String SYNAPSE_CLIENT_SECRET_ENV = "MEDALLION_SYNAPSE_CLIENT_SECRET";

  static Canaries fresh() {
    return new Canaries(canary(1), canary(2), canary(3), canary(4));
  }

  /** The values by what they stand for, for messages naming a hit. */
  Map<String, String> byKind() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("ADLS key", adlsKey);
    kinds.put("Synapse password", synapsePassword);
    kinds.put("source SAS sig", sourceSig);
    kinds.put("client secret", clientSecret);
    return kinds;
  }

  /** The kinds whose value occurs in {@code text}. */
  List<String> foundIn(String text) {
    return byKind().entrySet().stream()
        .filter(e -> text.contains(e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The kinds whose value occurs in {@code bytes}, read as UTF-8 or Latin-1 alike. */
  List<String> foundIn(byte[] bytes) {
    // Latin-1 maps each byte to one char, so an ASCII canary is found wherever its bytes are.
    return foundIn(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  /** A SAS query string, as a storage account issues it, signed with {@code sig}. */
  static String sasQuery(String sig) {
    return "sv=2024-11-04&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=" + sig;
  }

  /**
   * Every variable a user would set: the ADLS key alone, in a SAS and in a connection string, the
   * Synapse password and the client secret.
   */
  Function<String, String> environment(String adlsEndpoint) {
    Map<String, String> variables =
        Map.of(
            ADLS_KEY_ENV, adlsKey,
            ADLS_SAS_ENV, sasQuery(adlsKey),
            ADLS_CONNECTION_ENV,
                "DefaultEndpointsProtocol=http;AccountName=medallionlake;AccountKey="
                    + adlsKey
                    + ";BlobEndpoint="
                    + adlsEndpoint
                    + ";",
            SYNAPSE_PASSWORD_ENV, synapsePassword,
            SYNAPSE_CLIENT_SECRET_ENV, clientSecret);
    return variables::get;
  }

  private static String canary(int n) {
    return "CANARY" + n + "x" + UUID.randomUUID().toString().replace("-", "");
  }
}
