package io.medallion.testkit.memory;

import io.medallion.application.port.out.LakeRows;
import io.medallion.domain.table.TableName;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The in-memory engine's current rows of a table that hold a value, compared as text. */
public final class InMemoryLakeRows implements LakeRows {

  private final InMemoryLayerEngine engine;

  public InMemoryLakeRows(InMemoryLayerEngine engine) {
    this.engine = engine;
  }

  @Override
  public List<Map<String, Object>> rowsWhere(TableName table, String column, String value) {
    if (!engine.exists(table)) {
      return List.of();
    }
    return engine.rows(table).stream()
        .filter(r -> Objects.equals(r.get(column) == null ? null : r.get(column).toString(), value))
        .toList();
  }
}
