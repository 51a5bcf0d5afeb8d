package io.medallion.adapters.synapse;

import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.Warehouse;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.testkit.contract.ReportingViewsContract;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The reporting views contract against a real dedicated SQL pool and storage, run only where {@link
 * LiveSynapse} finds them. The pool is one database, so asking for a new warehouse drops the gold
 * the others read: by name, the test that asks for one (givenNoGold...) runs after those that read
 * the loaded gold (givenGold...).
 */
// Checked before the contract's @BeforeAll loads its gold, which an assumption could not be.
@EnabledIfEnvironmentVariable(
    named = "MEDALLION_SYNAPSE_JDBC_URL",
    matches = ".+",
    disabledReason = LiveSynapse.UNREACHABLE)
@EnabledIfEnvironmentVariable(
    named = "MEDALLION_SYNAPSE_ADLS_URL",
    matches = ".+",
    disabledReason = LiveSynapse.UNREACHABLE)
class SynapseReportingViewsContractTest extends ReportingViewsContract {

  private final LiveSynapse live = new LiveSynapse();

  @Override
  protected Warehouse newWarehouse() throws Exception {
    LiveSynapse.dropGold(
        Stream.of(
                GoldTable.DIM_TITLE,
                GoldTable.BRIDGE_TITLE_COUNTRY,
                GoldTable.BRIDGE_TITLE_CATEGORY,
                GoldTable.BRIDGE_TITLE_DIRECTOR,
                GoldTable.BRIDGE_TITLE_CAST)
            .map(t -> t.table().name())
            .toList());
    LiveSynapse.emptyQuality();
    return new SynapseWarehouse(
        new DedicatedLoader(StorageAccess.CALLER, ReportingViews.standard()),
        LiveSynapse.retry(),
        Clock.systemUTC());
  }

  @Override
  protected TableSnapshot snapshot(GoldTable table, List<Column> columns, List<Row> rows)
      throws Exception {
    String file = table.table().name() + ".parquet";
    List<List<Object>> values = rows.stream().map(Row::values).toList();
    return new TableSnapshot(
        table.table(), 1, columns, List.of(live.upload(file, columns, values)));
  }
}
