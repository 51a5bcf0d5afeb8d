package io.medallion.adapters.http;

/** One attempt failed in a way another attempt may not; the message is safe to log. */
final class TransientFetchFailure extends RuntimeException {

  TransientFetchFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
