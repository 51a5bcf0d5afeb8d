package io.medallion.domain.table;

import java.util.Locale;

/** The layers of the lake; {@code META} holds the pipeline's own records (its event log). */
public enum Layer {
  BRONZE,
  SILVER,
  GOLD,
  META;

  /** The layer as it appears in table names and paths: {@code bronze}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
