package io.medallion.adapters.synapse;

import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import io.medallion.application.port.out.Warehouse;
import io.medallion.testkit.contract.WarehouseQualityContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The quality contract against a real dedicated SQL pool, run only where {@code
 * MEDALLION_SYNAPSE_JDBC_URL} names one (a throwaway database: each test empties the quality
 * tables); elsewhere the statements are checked by their golden SQL.
 */
class SynapseWarehouseQualityContractTest extends WarehouseQualityContract {

  @BeforeEach
  void needsARealPool() {
    Assumptions.assumeTrue(LiveSynapse.JDBC_URL != null, "needs MEDALLION_SYNAPSE_JDBC_URL");
  }

  @Override
  protected Warehouse newWarehouse() throws Exception {
    ReportingViews views = new ReportingViews(ReportingSql.quality());
    LiveSynapse.emptyQuality();
    try (Connection connection = DriverManager.getConnection(LiveSynapse.JDBC_URL)) {
      SqlCatalog catalog = new SqlCatalog(connection);
      QualityTables.create(catalog);
      views.recreate(catalog);
    }
    return new SynapseWarehouse(
        new DedicatedLoader(StorageAccess.CALLER, views), LiveSynapse.retry(), Clock.systemUTC());
  }
}
