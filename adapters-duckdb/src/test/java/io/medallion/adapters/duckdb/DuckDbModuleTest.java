package io.medallion.adapters.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.medallion.application.port.out.Warehouse;
import io.medallion.application.port.out.WarehouseConsole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbModuleTest {

  @TempDir Path dir;

  @Test
  void givenSettings_module_bindsOneWarehouseAndItsConsoleOnTheirFile() {
    Path file = dir.resolve("warehouse/medallion.duckdb");
    Injector injector = Guice.createInjector(new DuckDbModule(new DuckDbSettings(file)));

    Warehouse warehouse = injector.getInstance(Warehouse.class);

    assertThat(injector.getInstance(Warehouse.class)).isSameAs(warehouse);
    WarehouseConsole console = injector.getInstance(WarehouseConsole.class);
    assertThat(console.query("SELECT 42 AS answer").rows()).containsExactly(List.of("42"));
    assertThat(file).exists();
  }
}
