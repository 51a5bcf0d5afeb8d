package io.medallion.application.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Names one pipeline run: its UTC start time and a random suffix, {@code 20261124-224301-3fa2}. */
public record RunId(String value) {

  private static final Pattern FORMAT = Pattern.compile("[0-9]{8}-[0-9]{6}-[0-9a-f]{4}");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  public RunId {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a run id: " + value);
    }
  }

  public static RunId startingAt(Instant start) {
    return new RunId(
        STAMP.format(start) + "-%04x".formatted(ThreadLocalRandom.current().nextInt(0x10000)));
  }

  @Override
  public String toString() {
    return value;
  }
}
