package io.medallion.adapters.http;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The wait a {@code Retry-After} value asks for: delta-seconds or an HTTP-date in any of its three
 * forms (RFC 9110, 5.6.7 and 10.2.3); none when the value is neither, zero when the date is past.
 */
final class RetryAfter {

  private static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE);
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private RetryAfter() {}

  static Optional<Duration> parse(String value, Instant now) {
    String trimmed = value.strip();
    if (!trimmed.isEmpty() && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      BigInteger seconds = new BigInteger(trimmed);
      return Optional.of(
          seconds.bitLength() < 63 ? Duration.ofSeconds(seconds.longValue()) : FOREVER);
    }
    for (DateTimeFormatter form : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, ASCTIME)) {
      Optional<Duration> wait = untilThen(trimmed, form, now);
      if (wait.isPresent()) {
        return wait;
      }
    }
    // The obsolete RFC 850 form: its weekday could not agree with a year read in the wrong
    // century, so it is dropped before reading.
    int comma = trimmed.indexOf(", ");
    return comma < 0 ? Optional.empty() : untilThen(trimmed.substring(comma + 2), rfc850(now), now);
  }

  private static Optional<Duration> untilThen(String date, DateTimeFormatter form, Instant now) {
    try {
      Instant then = ZonedDateTime.parse(date, form).toInstant();
      return Optional.of(then.isAfter(now) ? Duration.between(now, then) : Duration.ZERO);
    } catch (DateTimeParseException notThisForm) {
      return Optional.empty();
    }
  }

  // A two-digit year more than 50 years ahead is the latest past year with those digits.
  private static DateTimeFormatter rfc850(Instant now) {
    return new DateTimeFormatterBuilder()
        .appendPattern("dd-MMM-")
        .appendValueReduced(ChronoField.YEAR, 2, 2, now.atZone(ZoneOffset.UTC).getYear() - 49)
        .appendPattern(" HH:mm:ss zzz")
        .toFormatter(Locale.ENGLISH);
  }
}
