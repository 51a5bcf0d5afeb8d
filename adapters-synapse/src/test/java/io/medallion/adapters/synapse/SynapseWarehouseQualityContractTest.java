package io.medallion.adapters.synapse;

import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import io.medallion.application.port.out.Warehouse;
import io.medallion.testkit.WarehouseQualityContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The quality contract against a real dedicated SQL pool, run only where {@code
 * MEDALLION_SYNAPSE_JDBC_URL} names one (a throwaway database: each test empties the quality
 * tables); elsewhere the statements are checked by their golden SQL.
 */
class SynapseWarehouseQualityContractTest extends WarehouseQualityContract {

  private static final String JDBC_URL = System.getenv("MEDALLION_SYNAPSE_JDBC_URL");

  @BeforeEach
  void needsARealPool() {
    Assumptions.assumeTrue(JDBC_URL != null, "needs MEDALLION_SYNAPSE_JDBC_URL");
  }

  @Override
  protected Warehouse newWarehouse() throws Exception {
    ReportingViews views = new ReportingViews(ReportingSql.quality());
    try (Connection connection = DriverManager.getConnection(JDBC_URL);
        Statement statement = connection.createStatement()) {
      for (String table : List.of(QualityTables.TABLES, QualityTables.EXPECTATIONS)) {
        statement.execute(
            "IF OBJECT_ID(N'[meta].["
                + table
                + "]', N'U') IS NOT NULL DELETE FROM [meta].["
                + table
                + "]");
      }
      SqlCatalog catalog = new SqlCatalog(connection);
      QualityTables.create(catalog);
      views.recreate(catalog);
    }
    SqlRetry retry =
        new SqlRetry(
            () -> DriverManager.getConnection(JDBC_URL),
            RetryPolicy.defaults(),
            wait -> Thread.sleep(wait.toMillis()));
    return new SynapseWarehouse(
        new DedicatedLoader(StorageAccess.CALLER, views), retry, Clock.systemUTC());
  }
}
