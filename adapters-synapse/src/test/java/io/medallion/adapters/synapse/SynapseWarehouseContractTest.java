package io.medallion.adapters.synapse;

import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.Warehouse;
import io.medallion.application.port.out.WarehouseConsole;
import io.medallion.testkit.contract.WarehouseContract;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * The warehouse contract against a real dedicated SQL pool and storage, run only where {@link
 * LiveSynapse} finds them; each test drops the contract's gold tables first.
 */
class SynapseWarehouseContractTest extends WarehouseContract {

  private final LiveSynapse live = new LiveSynapse();

  @BeforeEach
  void needsARealPool() {
    LiveSynapse.assumeReachable();
  }

  @Override
  protected Warehouse newWarehouse() throws Exception {
    LiveSynapse.dropGold(List.of("dim_title", "agg_titles_by_year"));
    // The contract loads two gold tables, not the bridges the views over gold read.
    return new SynapseWarehouse(
        new DedicatedLoader(StorageAccess.CALLER, new ReportingViews(ReportingSql.quality())),
        LiveSynapse.retry(),
        Clock.systemUTC());
  }

  @Override
  protected WarehouseConsole console(Warehouse warehouse) {
    return new SynapseConsole(LiveSynapse.retry());
  }

  @Override
  protected URI writeParquet(String name, List<Column> columns, List<List<Object>> rows)
      throws Exception {
    return live.upload(name, columns, rows);
  }

  @Override
  protected URI missingFile(String name) {
    return live.address(name);
  }
}
