package io.medallion.application.port.out;

/** A source could not be fetched: missing, refused, or still failing after retries. */
public final class SourceUnavailableException extends RuntimeException {

  public SourceUnavailableException(String message) {
    super(message);
  }

  public SourceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
