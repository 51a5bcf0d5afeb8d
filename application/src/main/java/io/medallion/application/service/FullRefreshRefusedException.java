package io.medallion.application.service;

/** A full refresh would reset a table marked to keep: nothing was reset, the message names it. */
public final class FullRefreshRefusedException extends RuntimeException {
  public FullRefreshRefusedException(String message) {
    super(message);
  }
}
