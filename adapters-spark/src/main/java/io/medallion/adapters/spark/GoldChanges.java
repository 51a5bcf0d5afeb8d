package io.medallion.adapters.spark;

import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static org.apache.spark.sql.functions.bool_and;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which titles a gold table must refresh, from its inputs' change data feeds. */
final class GoldChanges {

  private static final Logger LOG = LoggerFactory.getLogger(GoldChanges.class);
  private static final String NEW = "_new";

  private final LakeLocations lake;
  private final DeltaTables delta;

  GoldChanges(LakeLocations lake, DeltaTables delta) {
    this.lake = lake;
    this.delta = delta;
  }

  /**
   * The titles a refresh must bring up to date, with whether every one of them is new: inserted
   * into silver titles since the refresh consumed it, and in no other change. A gold table built
   * from silver titles at that version holds no row of a title that was not there (the dimension
   * holds silver's titles, a bridge no orphan), so rows of new titles are only inserted.
   */
  record Affected(Dataset<Row> tagged, boolean allNew) {

    /** The affected show ids, one row each. */
    Dataset<Row> ids() {
      return tagged.select(SHOW_ID);
    }

    void unpersist() {
      tagged.unpersist();
    }
  }

  /**
   * The show ids whose rows in a gold table may differ from what the table holds, from the change
   * data feeds of its inputs since the versions its last refresh consumed. For a bridge: any change
   * to the silver bridge, and a title that came or went in silver titles (its bridge rows are
   * orphans or not); a title's other changes do not reach a bridge. For the title dimension: every
   * changed title. Empty when the table must be rebuilt whole: an aggregate, an input it never
   * consumed or rebuilt since (its version went back), or a change feed no longer readable
   * (vacuumed away).
   */
  Optional<Affected> affectedTitles(
      GoldSpec spec, Map<String, Long> consumed, Map<String, Long> inputs) {
    if (spec.table().isAggregate() || !consumed.keySet().equals(inputs.keySet())) {
      return Optional.empty();
    }
    return changedTitles(spec, consumed, inputs).flatMap(ids -> read(spec.table(), ids));
  }

  /**
   * The show ids of the inputs' changes, each tagged whether the change inserted it into silver
   * titles; empty when an input's version went back or no input changed.
   */
  private Optional<Dataset<Row>> changedTitles(
      GoldSpec spec, Map<String, Long> consumed, Map<String, Long> inputs) {
    TableName titles = TableName.of(Layer.SILVER, Feed.TITLES.table());
    Dataset<Row> ids = null;
    for (TableName input : spec.inputs()) {
      long before = consumed.get(input.toString());
      long now = inputs.get(input.toString());
      if (before < 0 || before > now) {
        return Optional.empty();
      }
      if (before < now) {
        Dataset<Row> changes = delta.changesBetween(lake.table(input), before, now);
        if (input.equals(titles) && spec.table().bridge().isPresent()) {
          changes = changes.filter(col(DeltaTables.CHANGE_TYPE).isin("insert", "delete"));
        }
        Column inserted =
            input.equals(titles) ? col(DeltaTables.CHANGE_TYPE).equalTo("insert") : lit(false);
        Dataset<Row> tagged = changes.select(col(SHOW_ID), inserted.as(NEW));
        ids = ids == null ? tagged : ids.union(tagged);
      }
    }
    return Optional.ofNullable(ids);
  }

  /** One row per affected title, read now and kept; empty when a change feed cannot be read. */
  private Optional<Affected> read(GoldTable table, Dataset<Row> ids) {
    Dataset<Row> affected =
        ids.groupBy(SHOW_ID)
            .agg(bool_and(col(NEW)).as(NEW))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // Read the feeds now: one vacuumed away fails here, before anything is written.
      Row seen = affected.agg(count(lit(1)), bool_and(col(NEW))).head();
      boolean allNew = seen.isNullAt(1) || seen.getBoolean(1);
      LOG.debug(
          "{}: {} titles affected since the last refresh{}",
          table.table(),
          seen.getLong(0),
          allNew ? ", all new" : "");
      return Optional.of(new Affected(affected, allNew));
    } catch (Exception e) {
      affected.unpersist();
      LOG.warn(
          "{}: the change feed since its last refresh cannot be read ({}); rebuilding it whole",
          table.table(),
          e.getMessage());
      return Optional.empty();
    }
  }
}
