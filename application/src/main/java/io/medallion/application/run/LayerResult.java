package io.medallion.application.run;

import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.table.TableName;
import java.util.List;

/**
 * What one step did to one table: rows read, written, dropped (with a count) and quarantined, the
 * expectations' counts, and the table's version after the step. For an aggregate, rows out are
 * groups, so the rows do not reconcile one for one.
 */
public record LayerResult(
    TableName table,
    long rowsIn,
    long rowsOut,
    long dropped,
    long quarantined,
    List<ExpectationResult> expectations,
    long version,
    boolean aggregate) {

  public LayerResult {
    if (rowsIn < 0 || rowsOut < 0 || dropped < 0 || quarantined < 0) {
      throw new IllegalArgumentException("row counts are never negative: " + table);
    }
    expectations = List.copyOf(expectations);
  }

  /** True when every row that came in is accounted for: kept, dropped or quarantined. */
  public boolean reconciles() {
    return aggregate || rowsIn == rowsOut + dropped + quarantined;
  }
}
