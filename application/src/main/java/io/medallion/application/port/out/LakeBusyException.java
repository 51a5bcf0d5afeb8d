package io.medallion.application.port.out;

/** Another run holds the lake: the message names it (run id, host, process, since when). */
public final class LakeBusyException extends RuntimeException {
  public LakeBusyException(String message) {
    super(message);
  }
}
