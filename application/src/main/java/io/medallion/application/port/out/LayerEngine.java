package io.medallion.application.port.out;

import io.medallion.application.port.in.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.SilverSpec;

/**
 * Executes the medallion's specs on an engine. Each call commits its target table (and quarantine
 * table) at most once, and not at all when a fail expectation is violated.
 */
public interface LayerEngine {
  /** Appends the rows of the feed's files not loaded before; a second call loads nothing. */
  LayerResult load(BronzeSpec spec, RunId run);

  /** Rebuilds the silver table and its quarantine from the whole bronze table. */
  LayerResult refine(SilverSpec spec, RunId run);

  /** Rebuilds one gold table from silver. */
  LayerResult publish(GoldSpec spec, RunId run);
}
