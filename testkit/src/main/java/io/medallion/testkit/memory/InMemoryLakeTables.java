package io.medallion.testkit.memory;

import io.medallion.application.port.out.LakeTables;
import io.medallion.application.port.out.TableInfo;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import io.medallion.domain.table.TableName;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The in-memory engine's tables as the lake shows them; a snapshot names one version. */
public final class InMemoryLakeTables implements LakeTables {

  private final InMemoryLayerEngine engine;

  public InMemoryLakeTables(InMemoryLayerEngine engine) {
    this.engine = engine;
  }

  @Override
  public List<TableInfo> list() {
    TableStore store = engine.store();
    return store.names().stream()
        .map(t -> new TableInfo(t, store.rows(t).size(), store.version(t)))
        .toList();
  }

  @Override
  public TableSnapshot snapshot(TableName table) {
    TableStore store = engine.store();
    long version = store.version(table);
    List<Map<String, Object>> rows = store.rows(table, version);
    List<Column> columns =
        store.columns(table).stream().map(c -> new Column(c, typeOf(c, rows))).toList();
    URI file = URI.create("memory:/" + table.path() + "/v" + version);
    return new TableSnapshot(table, version, columns, List.of(file));
  }

  // Typed from the first value present; a column with none is text.
  private static ColumnType typeOf(String column, List<Map<String, Object>> rows) {
    Object value =
        rows.stream().map(r -> r.get(column)).filter(Objects::nonNull).findFirst().orElse(null);
    if (value instanceof Integer) {
      return ColumnType.INT;
    } else if (value instanceof Long) {
      return ColumnType.LONG;
    } else if (value instanceof Double) {
      return ColumnType.DOUBLE;
    } else if (value instanceof Boolean) {
      return ColumnType.BOOLEAN;
    } else if (value instanceof LocalDate) {
      return ColumnType.DATE;
    } else if (value instanceof Instant) {
      return ColumnType.TIMESTAMP;
    }
    return ColumnType.STRING;
  }
}
