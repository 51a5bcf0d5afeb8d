package io.medallion.testkit.memory;

import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.Warehouse;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.testkit.contract.ReportingViewsContract;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class InMemoryReportingViewsContractTest extends ReportingViewsContract {

  private final InMemoryLayerEngine engine = new EngineFixture().engine;

  @Override
  protected Warehouse newWarehouse() {
    return new InMemoryWarehouse(engine);
  }

  // The engine's table at a new version: the in-memory warehouse loads rows, not files.
  @Override
  protected TableSnapshot snapshot(GoldTable table, List<Column> columns, List<Row> rows) {
    List<String> names = columns.stream().map(Column::name).toList();
    List<Map<String, Object>> maps =
        rows.stream()
            .map(
                r -> {
                  Map<String, Object> row = new HashMap<>();
                  for (int i = 0; i < names.size(); i++) {
                    row.put(names.get(i), r.values().get(i));
                  }
                  return row;
                })
            .toList();
    long version = engine.store().replace(table.table(), names, maps);
    return new TableSnapshot(table.table(), version, columns, List.of());
  }
}
