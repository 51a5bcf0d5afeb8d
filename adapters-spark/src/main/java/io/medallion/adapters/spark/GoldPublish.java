package io.medallion.adapters.spark;

import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static java.util.stream.Collectors.toSet;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import io.delta.tables.DeltaTable;
import io.medallion.adapters.spark.GoldChanges.Affected;
import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Gold from silver: the title dimension, the bridges without orphans, and the aggregates over them.
 * Each table is judged by its expectations before it is written, and written in one commit. A
 * bridge or the title dimension already built is refreshed for the affected titles only, found in
 * its inputs' change data feeds; the small aggregates are recomputed and rewritten whole.
 */
final class GoldPublish {

  private static final Logger LOG = LoggerFactory.getLogger(GoldPublish.class);
  private static final String GONE = "_gone";

  private final LakeLocations lake;
  private final DeltaTables delta;
  private final FaultSwitch faults;
  private final GoldRecipes recipes;
  private final GoldChanges changes;

  GoldPublish(LakeLocations lake, DeltaTables delta, FaultSwitch faults) {
    this.lake = lake;
    this.delta = delta;
    this.faults = faults;
    this.recipes = new GoldRecipes(lake, delta);
    this.changes = new GoldChanges(lake, delta);
  }

  /** The same publishing through {@code other} (another session's tables). */
  GoldPublish in(DeltaTables other) {
    return new GoldPublish(lake, other, faults);
  }

  LayerResult publish(GoldSpec spec, RunId run) {
    GoldTable table = spec.table();
    String path = lake.table(table.table());
    if (delta.exists(path) && !ofTheContract(table, path)) {
      // A lake of an earlier release (dim_title held duration_rank, an aggregate's dimension was
      // NOT NULL): the table is built again to today's contract; Synapse's Delta reader cannot
      // read a table whose columns were dropped or altered in place.
      LOG.warn(
          "{} holds columns {} (NOT NULL: {}), its contract {} (NOT NULL: {}): rebuilding it",
          table.table(),
          delta.columns(path),
          delta.notNullColumns(path),
          table.columns(),
          table.notNullKey());
      delta.drop(path);
    }
    Map<String, Long> inputs = recipes.inputVersions(spec);
    Optional<Map<String, Long>> consumed = delta.consumed(path);
    if (consumed.filter(inputs::equals).isPresent()) {
      // Its inputs have not changed since it was built: no work, no commit.
      return new LayerResult(
          table.table(), 0, 0, 0, 0, List.of(), delta.version(path), table.isAggregate());
    }
    Optional<Affected> affected = consumed.flatMap(c -> changes.affectedTitles(spec, c, inputs));
    Dataset<Row> candidates =
        affected
            .map(
                a ->
                    recipes
                        .candidates(spec.recipe())
                        .join(broadcast(a.ids()), SHOW_ID, "left_semi"))
            .orElseGet(() -> recipes.candidates(spec.recipe()));
    Judgement judgement = new Judgement(spec.expectations(), t -> delta.read(lake.table(t)));
    // Judged once: the tally and the write read the same rows, the joins and windows not redone.
    Dataset<Row> judged = judgement.judge(candidates).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return publishJudged(table, path, inputs, judgement, judged, affected);
    } finally {
      judged.unpersist();
      affected.ifPresent(Affected::unpersist);
    }
  }

  private LayerResult publishJudged(
      GoldTable table,
      String path,
      Map<String, Long> inputs,
      Judgement judgement,
      Dataset<Row> judged,
      Optional<Affected> affected) {
    Row counts = judgement.tally(judged);
    var results = judgement.results(counts);
    judgement.stopOnFailure(table.table().toString(), results, judged, table.key().get(0));
    long rowsIn = counts.getLong(0);
    long quarantined = Judgement.longAt(counts, 1);
    long dropped = Judgement.longAt(counts, 2);
    Dataset<Row> rows =
        MidWriteHalt.when(
            faults,
            FaultPoint.GOLD_MID_WRITE,
            judged
                .filter(not(col(Judgement.QUARANTINED)).and(not(col(Judgement.DROPPED))))
                .select(table.columns().stream().map(c -> col(c)).toArray(Column[]::new)));
    long version =
        delta.recordingConsumed(
            path,
            inputs,
            () -> {
              if (affected.isPresent()) {
                mergeAffected(table, rows, rowsIn == dropped + quarantined, affected.get(), path);
              } else if (delta.exists(path) && !table.isAggregate()) {
                mergeDifference(table, rows, path);
              } else {
                // An aggregate is a few hundred rows at most: rewriting them in one commit costs
                // less than a MERGE's passes to find the few that differ.
                delta.replaceConstrained(rows, path, table.notNullKey(), checks(table));
              }
            });
    return new LayerResult(
        table.table(),
        rowsIn,
        rowsIn - dropped - quarantined,
        dropped,
        quarantined,
        results,
        version,
        table.isAggregate());
  }

  /**
   * Brings the rows of the {@code affected} show ids to {@code rows}, leaving every other row (the
   * most, in a run with a little new) as it is: rows no longer there deleted, changed ones updated,
   * new ones inserted. When every affected title is new the table holds none of their rows, so the
   * rows are appended, without a MERGE. When there is nothing to keep and the table holds none of
   * those show ids (new titles without cast, say), nothing is written: the commit only records what
   * was consumed.
   */
  private static void mergeAffected(
      GoldTable table, Dataset<Row> rows, boolean noneKept, Affected affected, String path) {
    if (affected.allNew()) {
      if (!noneKept) {
        rows.write().format("delta").mode(SaveMode.Append).save(path);
      }
      return;
    }
    DeltaTable target = DeltaTable.forPath(rows.sparkSession(), path);
    Dataset<Row> held = target.toDF().join(broadcast(affected.ids()), SHOW_ID, "left_semi");
    if (noneKept && held.isEmpty()) {
      // Nothing to write: the commit that records what was consumed is made without data.
      return;
    }
    Seq<String> key = CollectionConverters.asScala(table.key()).toSeq();
    Dataset<Row> gone = held.join(rows, key, "left_anti").withColumn(GONE, lit(true));
    Map<String, String> values = MergeClauses.values(table.columns());
    var merge =
        target
            .as("t")
            .merge(
                rows.withColumn(GONE, lit(false)).unionByName(gone).as("s"),
                MergeClauses.matching(table.key()))
            .whenMatched("s." + GONE)
            .delete();
    String same = MergeClauses.unchanged(table.columns(), table.key());
    if (!same.isEmpty()) {
      merge = merge.whenMatched("NOT (" + same + ")").updateExpr(values);
    }
    merge.whenNotMatched("NOT s." + GONE).insertExpr(values).execute();
  }

  /**
   * Brings the table to {@code rows} touching only what differs: changed rows updated, new ones
   * inserted, gone ones deleted; unchanged rows (the most, in a run with a little new) stay put.
   */
  private static void mergeDifference(GoldTable table, Dataset<Row> rows, String path) {
    String same = MergeClauses.unchanged(table.columns(), table.key());
    var merge =
        DeltaTable.forPath(rows.sparkSession(), path)
            .as("t")
            .merge(rows.as("s"), MergeClauses.matching(table.key()));
    if (!same.isEmpty()) {
      merge = merge.whenMatched("NOT (" + same + ")").updateAll();
    }
    merge.whenNotMatched().insertAll().whenNotMatchedBySource().delete().execute();
  }

  /** Whether the table's columns and NOT NULL keys are its contract's, from one snapshot read. */
  private boolean ofTheContract(GoldTable table, String path) {
    StructField[] fields = delta.snapshot(path).schema().fields();
    List<String> columns = Arrays.stream(fields).map(StructField::name).toList();
    Set<String> notNull =
        Arrays.stream(fields).filter(f -> !f.nullable()).map(StructField::name).collect(toSet());
    return columns.equals(table.columns()) && notNull.equals(Set.copyOf(table.notNullKey()));
  }

  /** The Delta CHECK constraints of a gold table, beside its NOT NULL keys. */
  private static Map<String, String> checks(GoldTable table) {
    if (table == GoldTable.DIM_TITLE) {
      return Map.of(
          "kind_known",
          "kind IN ('Movie', 'TV Show') AND type_flag IN (1, 2)",
          "one_duration",
          "(duration_minutes IS NULL OR duration_seasons IS NULL)");
    }
    return table.isAggregate() ? Map.of("titles_positive", "titles > 0") : Map.of();
  }
}
