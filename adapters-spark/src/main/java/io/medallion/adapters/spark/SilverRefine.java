package io.medallion.adapters.spark;

import static io.medallion.domain.catalog.Columns.DATE_ADDED;
import static io.medallion.domain.catalog.Columns.DESCRIPTION;
import static io.medallion.domain.catalog.Columns.DURATION_MINUTES;
import static io.medallion.domain.catalog.Columns.DURATION_SEASONS;
import static io.medallion.domain.catalog.Columns.KIND;
import static io.medallion.domain.catalog.Columns.RATING;
import static io.medallion.domain.catalog.Columns.RELEASE_YEAR;
import static io.medallion.domain.catalog.Columns.SHORT_TITLE;
import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static io.medallion.domain.catalog.Columns.TITLE;
import static io.medallion.domain.catalog.Columns.TYPE;
import static io.medallion.domain.catalog.Columns.TYPE_FLAG;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.catalog.Kind;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.CatalogueConform;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.quality.Judging;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * Silver from the whole bronze table: expectations judged in one pass, quarantined rows kept with
 * their reasons, kept rows cleaned and typed, one row per key (the latest ingested wins).
 */
final class SilverRefine {

  private final LakeLocations lake;
  private final DeltaTables delta;
  private final FaultSwitch faults;
  private final TitleHistory history;

  SilverRefine(LakeLocations lake, DeltaTables delta, FaultSwitch faults) {
    this.lake = lake;
    this.delta = delta;
    this.faults = faults;
    this.history = new TitleHistory(delta);
  }

  /** The same refinement through {@code other} (another session's tables). */
  SilverRefine in(DeltaTables other) {
    return new SilverRefine(lake, other, faults);
  }

  LayerResult refine(SilverSpec spec, RunId run) {
    String target = lake.table(spec.target());
    Map<String, Long> latest = sourceVersions(spec);
    Optional<Map<String, Long>> consumed = delta.consumed(target);
    if (consumed.isPresent() && consumed.get().equals(latest)) {
      // Nothing new in bronze: no commit, the table keeps its version.
      return new LayerResult(spec.target(), 0, 0, 0, 0, List.of(), delta.version(target), false);
    }
    Judgement judgement = new Judgement(spec.expectations(), t -> delta.read(lake.table(t)));
    // Not cached: silver's rules are expressions over one row, cheaper to evaluate again over
    // bronze's Parquet than to hold millions of rows in memory for the three passes below.
    Dataset<Row> judged =
        judgement.judge(standardised(spec, sources(spec, consumed.orElse(Map.of()), latest)));
    Column kept = not(col(Judgement.QUARANTINED)).and(not(col(Judgement.DROPPED)));
    Row counts = judgement.tally(judged);
    var results = judgement.results(counts);
    judgement.stopOnFailure(spec.target().toString(), results, judged, SHOW_ID);
    long rows = counts.getLong(0);
    long quarantined = Judgement.longAt(counts, 1);
    if (spec.quarantineLimit().exceededBy(quarantined, rows)) {
      throw Judging.stopped(
          spec.target().toString(),
          SilverSpec.QUARANTINE_LIMIT,
          quarantined,
          Judgement.sampleKeys(judged.filter(col(Judgement.QUARANTINED)), SHOW_ID));
    }
    // Quarantine and history first, the table last: its commit records what was consumed, so
    // a run that dies before it redoes all three, and all three take a replay as a no-op.
    String quarantinePath = lake.table(spec.target().quarantine());
    // Made on the first run even when empty; afterwards an empty batch has nothing to merge.
    if (quarantined > 0 || !delta.exists(quarantinePath)) {
      quarantine(
          spec,
          quarantinePath,
          judgement.withoutVerdicts(
              judged
                  .filter(col(Judgement.QUARANTINED))
                  .withColumn(Judgement.FAILED_RULES, judgement.failedQuarantineRules())));
    }
    faults.reached(FaultPoint.SILVER_AFTER_QUARANTINE);
    Dataset<Row> cleaned =
        cleaned(spec, latestPerKey(spec, judgement.withoutVerdicts(judged.filter(kept))))
            .select(spec.columns().stream().map(c -> col(c)).toArray(Column[]::new));
    // A first write of a table nothing else reads takes its row count from the commit, so the
    // windows run once; a merge or the title history needs the batch twice, so it is cached.
    boolean once = spec.feed() != Feed.TITLES && !delta.exists(target);
    Dataset<Row> fresh = once ? cleaned : cleaned.persist(StorageLevel.MEMORY_AND_DISK());
    // rows kept but superseded in the same batch (an older row of a key, a name an older file
    // gave) count as dropped
    try {
      long counted = once ? -1 : fresh.count();
      if (spec.feed() == Feed.TITLES) {
        history.apply(fresh, lake.table(TableName.of(Layer.SILVER, TitleHistory.TABLE)));
      }
      long version =
          delta.recordingConsumed(
              target,
              latest,
              () ->
                  SilverMerge.upsert(
                      spec,
                      MidWriteHalt.when(faults, FaultPoint.SILVER_MID_MERGE, fresh),
                      target,
                      delta));
      long out = once ? delta.lastCommitOutputRows(target) : counted;
      return new LayerResult(
          spec.target(), rows, out, rows - quarantined - out, quarantined, results, version, false);
    } finally {
      fresh.unpersist();
    }
  }

  /** The current version of each bronze table the spec reads, by table name. */
  private Map<String, Long> sourceVersions(SilverSpec spec) {
    Map<String, Long> versions = new TreeMap<>();
    for (TableName source : spec.sources()) {
      String path = lake.table(source);
      if (delta.exists(path)) {
        versions.put(source.toString(), delta.version(path));
      }
    }
    return versions;
  }

  /**
   * Appends quarantined rows not yet held: keyed by where each came from, so a replay adds none.
   */
  private void quarantine(SilverSpec spec, String path, Dataset<Row> rows) {
    List<String> origin =
        new java.util.ArrayList<>(
            List.of(BronzeSpec.SOURCE_FILE, BronzeSpec.INGESTED_AT, BronzeLoad.RECORD_INDEX));
    origin.addAll(spec.key());
    SilverMerge.insertMissing(rows, path, origin, delta);
  }

  /**
   * The source's new bronze rows and the conformed layouts' new rows (those after the consumed
   * version; every row when none was), as one table of the feed's shape.
   */
  private Dataset<Row> sources(
      SilverSpec spec, Map<String, Long> consumed, Map<String, Long> latest) {
    Dataset<Row> own = rowsOf(spec.source(), consumed, latest);
    if (spec.feed() == Feed.TITLES) {
      own = own.withColumn(CatalogueConform.DURATION_FROM_RATING, lit(null).cast("string"));
    }
    for (Feed layout : spec.conformed()) {
      TableName table = TableName.of(Layer.BRONZE, layout.table());
      if (!hasNewRows(table, consumed, latest)) {
        // Its rows would be none: leaving the layout out also spares Spark compiling its
        // conforming expressions (too large for one whole-stage method, so logged as an error).
        continue;
      }
      Dataset<Row> records = rowsOf(table, consumed, latest);
      // A conformed row has no file manifest of the feed's own: those columns stay null.
      own =
          own.unionByName(
              spec.feed() == Feed.TITLES
                  ? CatalogueColumns.asTitles(records)
                  : CatalogueColumns.asBridge(spec.feed(), records),
              true);
    }
    return own;
  }

  /**
   * Whether a bronze table may give rows: loaded at least once, committed since the version last
   * consumed (if any), and holding data files.
   */
  private boolean hasNewRows(
      TableName table, Map<String, Long> consumed, Map<String, Long> latest) {
    Long now = latest.get(table.toString());
    Long from = consumed.get(table.toString());
    return now != null && (from == null || from < now) && delta.liveFiles(lake.table(table)) > 0;
  }

  private Dataset<Row> rowsOf(
      TableName table, Map<String, Long> consumed, Map<String, Long> latest) {
    String path = lake.table(table);
    Long from = consumed.get(table.toString());
    return from == null
        ? delta.read(path)
        : delta.appendedBetween(path, from, latest.get(table.toString()));
  }

  /** Bridge names are trimmed before they are judged, so " " is blank and "Ada " is "Ada". */
  private static Dataset<Row> standardised(SilverSpec spec, Dataset<Row> bronze) {
    return spec.feed()
        .nameColumn()
        .map(name -> bronze.withColumn(name, CleaningColumns.trimmed(col(name))))
        .orElse(bronze);
  }

  private static Dataset<Row> latestPerKey(SilverSpec spec, Dataset<Row> kept) {
    var newestFirst =
        Window.partitionBy(spec.key().stream().map(c -> col(c)).toArray(Column[]::new))
            .orderBy(
                col(BronzeSpec.INGESTED_AT).desc(),
                col(BronzeSpec.SOURCE_FILE).desc(),
                col(BronzeLoad.RECORD_INDEX).desc());
    return namesOfLatestFile(spec, kept)
        .withColumn("_rank", row_number().over(newestFirst))
        .filter(col("_rank").equalTo(1))
        .drop("_rank");
  }

  /**
   * For a bridge, only the names the latest file listing a show id gives it: a newer version of a
   * lookup file replaces a show id's names, whether the two come in one run or in two.
   */
  private static Dataset<Row> namesOfLatestFile(SilverSpec spec, Dataset<Row> kept) {
    if (spec.feed().bridge().isEmpty()) {
      return kept;
    }
    Column file = struct(col(BronzeSpec.INGESTED_AT), col(BronzeSpec.SOURCE_FILE));
    return kept.withColumn("_latest", max(file).over(Window.partitionBy(col(SHOW_ID))))
        .filter(file.equalTo(col("_latest")))
        .drop("_latest");
  }

  private static Dataset<Row> cleaned(SilverSpec spec, Dataset<Row> rows) {
    Column sourceFile = col(BronzeSpec.SOURCE_FILE);
    Column ingestedAt = col(BronzeSpec.INGESTED_AT);
    if (spec.feed() != Feed.TITLES) {
      String name = spec.feed().nameColumn().orElseThrow();
      String value = spec.feed().bridge().orElseThrow().valueColumn();
      return rows.select(col(SHOW_ID), col(name).as(value), sourceFile, ingestedAt);
    }
    Column type = col(TYPE);
    Column movie = type.equalTo(Kind.MOVIE.label());
    return rows.select(
        col(SHOW_ID),
        type.as(KIND),
        CleaningColumns.trimmed(col(TITLE)).as(TITLE),
        CleaningColumns.shortTitle(col(TITLE)).as(SHORT_TITLE),
        CatalogueColumns.dateAdded(col(DATE_ADDED)).as(DATE_ADDED),
        CleaningColumns.wholeNumber(col(RELEASE_YEAR)).as(RELEASE_YEAR),
        CleaningColumns.rating(col(RATING)).as(RATING),
        when(movie, CleaningColumns.wholeNumber(col(DURATION_MINUTES))).as(DURATION_MINUTES),
        when(not(movie), CleaningColumns.wholeNumber(col(DURATION_SEASONS))).as(DURATION_SEASONS),
        col(DESCRIPTION),
        when(movie, lit(Kind.MOVIE.typeFlag()))
            .otherwise(lit(Kind.TV_SHOW.typeFlag()))
            .as(TYPE_FLAG),
        sourceFile,
        ingestedAt);
  }
}
