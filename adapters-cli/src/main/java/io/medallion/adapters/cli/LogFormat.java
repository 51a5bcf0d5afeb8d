package io.medallion.adapters.cli;

/** How the process logs: text for a person at a terminal, JSON lines for Log Analytics. */
public enum LogFormat {
  TEXT,
  JSON
}
