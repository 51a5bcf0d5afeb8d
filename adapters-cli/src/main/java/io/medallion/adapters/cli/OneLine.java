package io.medallion.adapters.cli;

/** Turns a failure into the one line a user reads: its innermost useful message. */
final class OneLine {

  private OneLine() {}

  static String reason(Throwable failure) {
    Throwable t = failure;
    String message = t.getMessage();
    while ((message == null || message.isBlank()) && t.getCause() != null) {
      t = t.getCause();
      message = t.getMessage();
    }
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    String first = message.strip().lines().findFirst().orElse(message);
    return first.length() > 400 ? first.substring(0, 400) + "..." : first;
  }
}
