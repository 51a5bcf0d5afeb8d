package io.medallion.testkit.memory;

import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.table.TableName;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The medallion's specs executed on plain rows in memory, a second engine beside Spark's: tables
 * keep every committed version (the first is 0), rows are column-to-value maps.
 */
public final class InMemoryLayerEngine implements LayerEngine {

  private final TableStore store = new TableStore();
  private final BronzeLoading bronze;
  private final SilverRefining silver = new SilverRefining(store);
  private final GoldPublishing gold = new GoldPublishing(store);

  /** Reads bronze's files from {@code lake}; stamps bronze rows with {@code clock}'s time. */
  public InMemoryLayerEngine(InMemoryLakeStorage lake, Clock clock) {
    this.bronze = new BronzeLoading(lake, clock, store);
  }

  @Override
  public LayerResult load(BronzeSpec spec, RunId run) {
    return bronze.load(spec, run);
  }

  @Override
  public synchronized LayerResult refine(SilverSpec spec, RunId run) {
    return silver.refine(spec);
  }

  @Override
  public synchronized LayerResult publish(GoldSpec spec, RunId run) {
    return gold.publish(spec);
  }

  /** The table's current rows, read-only; fails for a table that does not exist. */
  public List<Map<String, Object>> rows(TableName table) {
    return store.rows(table);
  }

  /** The rows of one version of the table, read-only. */
  public List<Map<String, Object>> rows(TableName table, long version) {
    return store.rows(table, version);
  }

  /** The table's current version. */
  public long version(TableName table) {
    return store.version(table);
  }

  public boolean exists(TableName table) {
    return store.exists(table);
  }

  /** Removes the table, and for a bronze one the memory of the files it took in. */
  public synchronized void drop(TableName table) {
    store.drop(table);
    bronze.forget(table);
  }

  /** Every table, ordered by layer and name. */
  public List<TableName> tables() {
    return store.names();
  }

  TableStore store() {
    return store;
  }
}
