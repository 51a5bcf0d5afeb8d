package io.medallion.application.port.out;

import io.medallion.application.port.in.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.SilverSpec;
import java.util.List;

/**
 * Executes the medallion's specs on an engine. Each call commits its target table (and quarantine
 * table) at most once, and not at all when a fail expectation is violated.
 */
public interface LayerEngine {
  /** Appends the rows of the feed's files not loaded before; a second call loads nothing. */
  LayerResult load(BronzeSpec spec, RunId run);

  /**
   * Loads every spec's table (they share no table), results in the specs' order; an engine that can
   * load several at once may. Every load has ended when this returns or throws.
   */
  default List<LayerResult> loadAll(List<BronzeSpec> specs, RunId run) {
    return specs.stream().map(spec -> load(spec, run)).toList();
  }

  /** Rebuilds the silver table and its quarantine from the whole bronze table. */
  LayerResult refine(SilverSpec spec, RunId run);

  /** Rebuilds one gold table from silver. */
  LayerResult publish(GoldSpec spec, RunId run);
}
