package io.medallion.testkit.memory;

import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.Warehouse;
import io.medallion.application.port.out.WarehouseConsole;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.contract.WarehouseContract;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The in-memory warehouse reads a snapshot's "files" from this test's own map of them. */
class InMemoryWarehouseContractTest extends WarehouseContract {

  private final Map<URI, List<Map<String, Object>>> files = new HashMap<>();

  @Override
  protected Warehouse newWarehouse() {
    return new InMemoryWarehouse(this::read);
  }

  private List<Map<String, Object>> read(TableSnapshot snapshot) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (URI file : snapshot.files()) {
      List<Map<String, Object>> written = files.get(file);
      if (written == null) {
        throw new IllegalArgumentException("no file " + file);
      }
      rows.addAll(written);
    }
    return rows;
  }

  @Override
  protected URI writeParquet(String name, List<Column> columns, List<List<Object>> rows) {
    List<Map<String, Object>> written = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        values.put(columns.get(i).name(), row.get(i));
      }
      written.add(values);
    }
    URI file = missingFile(name);
    files.put(file, written);
    return file;
  }

  @Override
  protected URI missingFile(String name) {
    return URI.create("memory:/warehouse-contract/" + name);
  }

  @Override
  protected WarehouseConsole console(Warehouse warehouse) {
    return (InMemoryWarehouse) warehouse;
  }

  @Override
  protected boolean runsAnySql() {
    return false;
  }

  @Override
  protected void dropByHand(Warehouse warehouse, TableName table) {
    ((InMemoryWarehouse) warehouse).drop(table);
  }
}
