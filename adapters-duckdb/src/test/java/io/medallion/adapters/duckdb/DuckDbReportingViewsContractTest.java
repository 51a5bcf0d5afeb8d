package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.Warehouse;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.testkit.contract.ReportingViewsContract;
import io.medallion.testkit.fixture.TickingClock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class DuckDbReportingViewsContractTest extends ReportingViewsContract {

  // Static: made before the contract's @BeforeAll loads the lake.
  @TempDir static Path dir;

  private int warehouses;

  @Override
  protected Warehouse newWarehouse() {
    Path file = dir.resolve("warehouse-" + ++warehouses + "/medallion.duckdb");
    return new DuckDbWarehouse(new DuckDbConnections(file), TickingClock.fromNewYear2026());
  }

  @Override
  protected TableSnapshot snapshot(GoldTable table, List<Column> columns, List<Row> rows)
      throws Exception {
    Path file = dir.resolve("lake").resolve(table.table().path()).resolve("part-0.parquet");
    List<List<Object>> values = rows.stream().map(Row::values).toList();
    return new TableSnapshot(
        table.table(), 1, columns, List.of(ParquetFiles.write(file, columns, values)));
  }
}
