package io.medallion.testkit.memory;

import io.medallion.application.port.out.LakeReset;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The full-refresh reset of the in-memory engine's tables, with marks held beside them. */
public final class InMemoryLakeReset implements LakeReset {

  private final InMemoryLayerEngine engine;
  private final Set<TableName> kept = new HashSet<>();

  public InMemoryLakeReset(InMemoryLayerEngine engine) {
    this.engine = engine;
  }

  @Override
  public synchronized List<ResettableTable> tables() {
    return engine.tables().stream()
        .filter(t -> t.layer() != Layer.META)
        .map(t -> new ResettableTable(t, !kept.contains(t)))
        .toList();
  }

  @Override
  public synchronized void reset(List<TableName> tables) {
    tables.forEach(engine::drop);
  }

  @Override
  public synchronized void allowReset(TableName table, boolean allowed) {
    if (allowed) {
      kept.remove(table);
    } else {
      kept.add(table);
    }
  }
}
