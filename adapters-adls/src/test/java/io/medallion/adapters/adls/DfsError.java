package io.medallion.adapters.adls;

/** A refusal of the emulated service: its HTTP status and {@code x-ms-error-code}. */
final class DfsError extends RuntimeException {

  final int status;
  final String code;

  DfsError(int status, String code) {
    super(status + " " + code, null, false, false);
    this.status = status;
    this.code = code;
  }
}
