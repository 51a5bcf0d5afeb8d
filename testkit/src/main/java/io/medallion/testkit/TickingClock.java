package io.medallion.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that moves forward by a fixed step each time it is read, so no two reads tie. */
public final class TickingClock extends Clock {

  private final Duration step;
  private Instant next;

  public TickingClock(Instant start, Duration step) {
    if (step.isNegative() || step.isZero()) {
      throw new IllegalArgumentException("a ticking clock moves forward: " + step);
    }
    this.next = start;
    this.step = step;
  }

  /** A clock from 2026-01-01T00:00:00Z, one second per read. */
  public static TickingClock fromNewYear2026() {
    return new TickingClock(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofSeconds(1));
  }

  @Override
  public synchronized Instant instant() {
    Instant now = next;
    next = next.plus(step);
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (!zone.equals(ZoneOffset.UTC)) {
      throw new UnsupportedOperationException("a ticking clock runs in UTC only");
    }
    return this;
  }
}
