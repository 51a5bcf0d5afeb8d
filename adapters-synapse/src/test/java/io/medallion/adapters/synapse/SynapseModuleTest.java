package io.medallion.adapters.synapse;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.medallion.adapters.synapse.SynapseSettings.Authentication;
import io.medallion.adapters.synapse.SynapseSettings.Mode;
import io.medallion.application.port.out.Warehouse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynapseModuleTest {

  @Test
  void givenSettings_module_bindsOneWarehouseWithoutConnectingOrReadingTheSecret() {
    List<String> looked = new ArrayList<>();
    Injector injector =
        Guice.createInjector(
            new SynapseModule(
                SnapshotFixtures.settings(Mode.DEDICATED, Authentication.SQL_PASSWORD),
                name -> {
                  looked.add(name);
                  return null;
                }));

    Warehouse warehouse = injector.getInstance(Warehouse.class);

    assertThat(injector.getInstance(Warehouse.class)).isSameAs(warehouse);
    assertThat(warehouse).isInstanceOf(SynapseWarehouse.class);
    assertThat(looked).isEmpty();
  }

  @Test
  void givenEachMode_loader_isThatPoolsLoader() {
    assertThat(
            SynapseModule.loader(
                SnapshotFixtures.settings(Mode.SERVERLESS, Authentication.MANAGED_IDENTITY)))
        .isInstanceOf(ServerlessLoader.class);
    assertThat(
            SynapseModule.loader(
                SnapshotFixtures.settings(Mode.DEDICATED, Authentication.MANAGED_IDENTITY)))
        .isInstanceOf(DedicatedLoader.class);
  }
}
