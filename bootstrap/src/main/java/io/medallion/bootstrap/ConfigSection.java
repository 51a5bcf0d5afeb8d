package io.medallion.bootstrap;

import com.typesafe.config.Config;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One block of the settings, read with errors that name the full key (never a secret). */
final class ConfigSection {

  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Config config;
  private final String path;

  ConfigSection(Config config, String path) {
    this.config = config;
    this.path = path;
  }

  ConfigSection section(String key) {
    return new ConfigSection(config.getConfig(key), key(key));
  }

  /** The full name of a key of this block: {@code medallion.adls.account}. */
  String key(String key) {
    return path + "." + key;
  }

  String text(String key) {
    return config.getString(key).strip();
  }

  /** The value, or empty when it is blank. */
  Optional<String> optional(String key) {
    String value = text(key);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The value; blank fails naming the key and {@code when} it is needed. */
  String required(String key, String when) {
    return optional(key)
        .orElseThrow(() -> new IllegalArgumentException(key(key) + " is required " + when));
  }

  /**
   * The name of an environment variable, checked so that a secret pasted here by mistake is refused
   * without being repeated; empty when blank.
   */
  Optional<String> variable(String key) {
    Optional<String> name = optional(key);
    if (name.isPresent() && !VARIABLE.matcher(name.get()).matches()) {
      throw new IllegalArgumentException(
          key(key)
              + " must name an environment variable (letters, digits and '_'), never hold the"
              + " secret itself");
    }
    return name;
  }

  int number(String key) {
    return config.getInt(key);
  }

  Duration duration(String key) {
    return config.getDuration(key);
  }

  /** One of an enum's constants, spelt in lower case with '-' for '_': {@code account-key}. */
  <E extends Enum<E>> E choice(String key, Class<E> type) {
    String value = text(key);
    for (E constant : type.getEnumConstants()) {
      if (spelling(constant).equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        key(key) + " must be one of " + choices(type) + ", not '" + value + "'");
  }

  static String spelling(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String choices(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(ConfigSection::spelling)
        .collect(Collectors.joining(", "));
  }
}
