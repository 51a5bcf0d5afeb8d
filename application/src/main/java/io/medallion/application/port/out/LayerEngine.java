package io.medallion.application.port.out;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.SilverSpec;
import java.util.List;
import java.util.function.Consumer;

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

  /**
   * Brings the silver table and its quarantine to what the whole bronze table gives. The result
   * counts the rows this call judged: every bronze row, or, for an engine that refines
   * incrementally, those new since the table last consumed bronze (none: nothing judged).
   */
  LayerResult refine(SilverSpec spec, RunId run);

  /**
   * Brings one gold table to what its recipe gives over silver; the result counts the rows judged,
   * all of them or, incrementally, those of the titles that changed.
   */
  LayerResult publish(GoldSpec spec, RunId run);

  /**
   * Refines every spec's table (they share no table), handing each result to {@code done} on the
   * caller's thread as its table ends; an engine that can refine several at once may. After a
   * failure (of a refine or of {@code done}) no table is started; every started one has ended when
   * this returns or throws, and the first failure is thrown.
   */
  default void refineAll(List<SilverSpec> specs, RunId run, Consumer<LayerResult> done) {
    specs.forEach(spec -> done.accept(refine(spec, run)));
  }

  /**
   * Publishes every spec's table as {@link #refineAll} refines, a table only after the tables of
   * the list it is built from (the specs' order builds them first).
   */
  default void publishAll(List<GoldSpec> specs, RunId run, Consumer<LayerResult> done) {
    specs.forEach(spec -> done.accept(publish(spec, run)));
  }
}
