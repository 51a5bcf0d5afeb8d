package io.medallion.application.service;

import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeReset;
import io.medallion.application.port.out.LakeReset.ResettableTable;
import io.medallion.domain.table.TableName;
import java.util.Comparator;
import java.util.List;

/**
 * Empties the layers before a full refresh rebuilds them, or refuses before touching anything when
 * a table is marked to keep. Tables go downstream first (gold, silver, bronze), so a crash midway
 * leaves each table either whole, with whatever it was built from, or gone: a plain rerun then
 * rebuilds what is gone from what is whole.
 */
final class FullRefresh {

  private final LakeReset reset;
  private final FaultSwitch faults;

  FullRefresh(LakeReset reset, FaultSwitch faults) {
    this.reset = reset;
    this.faults = faults;
  }

  /** The tables reset, in the order they went. */
  List<TableName> resetAll() {
    List<ResettableTable> tables = reset.tables();
    List<TableName> kept =
        tables.stream().filter(t -> !t.resetAllowed()).map(ResettableTable::table).toList();
    if (!kept.isEmpty()) {
      throw new FullRefreshRefusedException(
          "full refresh refused, nothing was reset: "
              + kept
              + (kept.size() == 1 ? " is" : " are")
              + " marked to keep (pipelines.reset.allowed = false); lift the mark with"
              + " `medallion protect --off`, or run without --full-refresh");
    }
    List<TableName> order =
        tables.stream()
            .map(ResettableTable::table)
            .sorted(
                Comparator.comparing((TableName t) -> t.layer().ordinal())
                    .reversed()
                    .thenComparing(TableName::toString))
            .toList();
    for (TableName table : order) {
      reset.reset(List.of(table));
      faults.reached(FaultPoint.RESET_MID);
    }
    return order;
  }
}
