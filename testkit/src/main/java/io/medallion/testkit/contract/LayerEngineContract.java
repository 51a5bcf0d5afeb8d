package io.medallion.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.LakeReset;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every {@link LayerEngine} must give for the same landed files: the exact gold rows and every
 * step's {@link LayerResult} (rows in, out, dropped, quarantined, each expectation's failures).
 * Each case runs the medallion's specs for the titles and the cast and the four gold tables built
 * from them, a layer at a time as a run does ({@code loadAll}, {@code refineAll}, {@code
 * publishAll}). Subclass it with a fresh, empty lake per case; every check of a case is reported,
 * not only the first that fails.
 */
@ExtendWith(SoftAssertionsExtension.class)
public abstract class LayerEngineContract {

  private static final RunId FIRST = new RunId("20260101-000000-0001");
  private static final RunId SECOND = new RunId("20260102-000000-0002");
  private static final List<Feed> FEEDS = List.of(Feed.TITLES, Feed.CAST);
  private static final List<GoldTable> GOLD =
      List.of(
          GoldTable.DIM_TITLE,
          GoldTable.BRIDGE_TITLE_CAST,
          GoldTable.AGG_TITLES_BY_YEAR,
          GoldTable.AGG_TITLES_BY_RATING);
  private static final TableName SILVER_TITLES = TableName.of(Layer.SILVER, "titles");

  @InjectSoftAssertions private SoftAssertions softly;
  private LayerEngine engine;

  /** A fresh, empty lake and the engine under test over it; called once before each case. */
  protected abstract LayerEngine newEngine() throws Exception;

  /** The full refresh's reset of the lake the last {@link #newEngine} made. */
  protected abstract LakeReset lakeReset();

  /** Drops a file into the folder bronze reads the feed from, {@code LakeLayout.sourceFolder}. */
  protected abstract void land(Feed feed, String fileName, byte[] content) throws Exception;

  /**
   * The table's current rows, each its columns in the table's order (a {@code LinkedHashMap}) with
   * the values as the engine holds them: the contract compares them as text ({@link #text}).
   */
  protected abstract List<Map<String, Object>> rows(TableName table);

  /**
   * Whether the engine refines and publishes incrementally: a table already built judges only the
   * rows that changed since it last consumed its inputs (Spark's), not every row (the in-memory
   * engine's). Gold ends the same; the counts of a later run differ, each exact.
   */
  protected boolean refinesIncrementally() {
    return false;
  }

  @BeforeEach
  final void startEngine() throws Exception {
    engine = newEngine();
  }

  @Test
  void givenCleanTitlesAndCast_runEveryLayer_publishesExactGoldAndCountsEveryTable()
      throws Exception {
    landClean();

    softly
        .assertThat(runEveryLayer(FIRST))
        .containsExactly(
            "bronze.titles in=4 out=4 dropped=0 quarantined=0 failed={}",
            "bronze.cast in=3 out=3 dropped=0 quarantined=0 failed={}",
            "silver.titles in=4 out=4 dropped=0 quarantined=0 failed={}",
            "silver.cast in=3 out=3 dropped=0 quarantined=0 failed={}",
            "gold.dim_title in=4 out=4 dropped=0 quarantined=0 failed={}",
            "gold.bridge_title_cast in=3 out=3 dropped=0 quarantined=0 failed={}",
            "gold.agg_titles_by_year (aggregate) in=4 out=4 dropped=0 quarantined=0 failed={}",
            "gold.agg_titles_by_rating (aggregate) in=3 out=3 dropped=0 quarantined=0 failed={}");
    softly
        .assertThat(gold(GoldTable.DIM_TITLE))
        .containsExactly(
            "s1 | Movie | Alpha: The Film | Alpha | 2021-09-25 | 2020 | PG | 90 | null"
                + " | About Alpha: The Film | 1",
            "s2 | Movie | Beta | Beta | 2020-01-01 | 2020 | R | 120 | null | About Beta | 1",
            "s3 | TV Show | Gamma | Gamma | 2020-01-01 | 2020 | TV-14 | null | 2 | About Gamma | 2",
            "s4 | Movie | Delta | Delta | null | 2020 | PG | 75 | null | About Delta | 1");
    softly
        .assertThat(gold(GoldTable.BRIDGE_TITLE_CAST))
        .containsExactly("s1 | Ada", "s1 | Bob", "s3 | Cy");
    softly
        .assertThat(gold(GoldTable.AGG_TITLES_BY_YEAR))
        .containsExactly(
            "2020 | Movie | 1", "2020 | TV Show | 1", "2021 | Movie | 1", "null | Movie | 1");
    softly
        .assertThat(gold(GoldTable.AGG_TITLES_BY_RATING))
        .containsExactly("PG | Movie | 2", "R | Movie | 1", "TV-14 | TV Show | 1");
  }

  @Test
  void givenDirtAndDuplicates_runEveryLayer_quarantinesDropsKeepsLatestAndCountsEachRule()
      throws Exception {
    land(Feed.TITLES, LayerEngineFiles.TITLES, LayerEngineFiles.dirtyTitles());
    land(Feed.CAST, LayerEngineFiles.CAST, LayerEngineFiles.dirtyCast());

    softly
        .assertThat(runEveryLayer(FIRST))
        .containsExactly(
            "bronze.titles in=6 out=6 dropped=0 quarantined=0 failed={}",
            "bronze.cast in=6 out=6 dropped=0 quarantined=0 failed={}",
            "silver.titles in=6 out=3 dropped=1 quarantined=2 failed={show_id_present=1,"
                + " movie_minutes_numeric=1, date_added_parses=1, rating_known=1}",
            "silver.cast in=6 out=4 dropped=2 quarantined=0 failed={name_present=1}",
            "gold.dim_title in=3 out=3 dropped=0 quarantined=0 failed={}",
            "gold.bridge_title_cast in=4 out=2 dropped=2 quarantined=0 failed={title_exists=2}",
            "gold.agg_titles_by_year (aggregate) in=2 out=2 dropped=0 quarantined=0 failed={}",
            "gold.agg_titles_by_rating (aggregate) in=2 out=2 dropped=0 quarantined=0 failed={}");
    softly
        .assertThat(
            text(rows(SILVER_TITLES.quarantine()), List.of("show_id", "title", "duration_minutes")))
        .containsExactly("null | Nobody | 80", "s3 | Broken | ninety");
    softly
        .assertThat(gold(GoldTable.DIM_TITLE))
        .containsExactly(
            "s1 | Movie | Alpha | Alpha | 2020-01-01 | 2020 | PG | 95 | null | Alpha again | 1",
            "s2 | Movie | Beta | Beta | 2020-01-01 | 2020 | PG | 100 | null | About Beta | 1",
            "s4 | TV Show | Gamma | Gamma | null | 2020 | null | null | 1 | About Gamma | 2");
    softly.assertThat(gold(GoldTable.BRIDGE_TITLE_CAST)).containsExactly("s1 | Ada", "s4 | Cy");
    softly
        .assertThat(gold(GoldTable.AGG_TITLES_BY_YEAR))
        .containsExactly("2020 | Movie | 2", "null | TV Show | 1");
    softly
        .assertThat(gold(GoldTable.AGG_TITLES_BY_RATING))
        .containsExactly("PG | Movie | 2", "null | TV Show | 1");
  }

  /** The second run's counts are of the port's contract: silver and gold rebuilt whole. */
  @Test
  void givenASecondTitlesFile_runEveryLayerAgain_updatesGoldAndCountsTheRebuiltTables()
      throws Exception {
    landClean();
    runEveryLayer(FIRST);
    land(Feed.TITLES, LayerEngineFiles.INCREMENT, LayerEngineFiles.incrementTitles());

    // The same gold either way; the counts are of the rows each call judged.
    softly
        .assertThat(runEveryLayer(SECOND))
        .containsExactlyElementsOf(
            refinesIncrementally()
                ? List.of(
                    "bronze.titles in=2 out=2 dropped=0 quarantined=0 failed={}",
                    "bronze.cast in=0 out=0 dropped=0 quarantined=0 failed={}",
                    // The two titles of the new file: s2 changed, s5 new.
                    "silver.titles in=2 out=2 dropped=0 quarantined=0 failed={}",
                    // No new cast: nothing judged.
                    "silver.cast in=0 out=0 dropped=0 quarantined=0 failed={} judged=[]",
                    "gold.dim_title in=2 out=2 dropped=0 quarantined=0 failed={}",
                    // s5, the title that came, has no cast; s2 changed but did not come or go.
                    "gold.bridge_title_cast in=0 out=0 dropped=0 quarantined=0 failed={}",
                    "gold.agg_titles_by_year (aggregate) in=5 out=5 dropped=0 quarantined=0"
                        + " failed={}",
                    "gold.agg_titles_by_rating (aggregate) in=4 out=4 dropped=0 quarantined=0"
                        + " failed={}")
                : List.of(
                    "bronze.titles in=2 out=2 dropped=0 quarantined=0 failed={}",
                    "bronze.cast in=0 out=0 dropped=0 quarantined=0 failed={}",
                    "silver.titles in=6 out=5 dropped=1 quarantined=0 failed={}",
                    "silver.cast in=3 out=3 dropped=0 quarantined=0 failed={}",
                    "gold.dim_title in=5 out=5 dropped=0 quarantined=0 failed={}",
                    "gold.bridge_title_cast in=3 out=3 dropped=0 quarantined=0 failed={}",
                    "gold.agg_titles_by_year (aggregate) in=5 out=5 dropped=0 quarantined=0"
                        + " failed={}",
                    "gold.agg_titles_by_rating (aggregate) in=4 out=4 dropped=0 quarantined=0"
                        + " failed={}"));
    assertGoldAfterIncrement();
  }

  @Test
  void givenAnIncrementThenAReset_runEveryLayer_rebuildsTheSameGoldFromEveryFile()
      throws Exception {
    landClean();
    runEveryLayer(FIRST);
    land(Feed.TITLES, LayerEngineFiles.INCREMENT, LayerEngineFiles.incrementTitles());

    LakeReset reset = lakeReset();
    reset.reset(downstreamFirst(reset.tables()));
    assertThat(reset.tables()).as("tables left after the reset").isEmpty();

    // Both title files are loaded in one step: the later file's Beta wins.
    softly
        .assertThat(runEveryLayer(SECOND))
        .containsExactly(
            "bronze.titles in=6 out=6 dropped=0 quarantined=0 failed={}",
            "bronze.cast in=3 out=3 dropped=0 quarantined=0 failed={}",
            "silver.titles in=6 out=5 dropped=1 quarantined=0 failed={}",
            "silver.cast in=3 out=3 dropped=0 quarantined=0 failed={}",
            "gold.dim_title in=5 out=5 dropped=0 quarantined=0 failed={}",
            "gold.bridge_title_cast in=3 out=3 dropped=0 quarantined=0 failed={}",
            "gold.agg_titles_by_year (aggregate) in=5 out=5 dropped=0 quarantined=0 failed={}",
            "gold.agg_titles_by_rating (aggregate) in=4 out=4 dropped=0 quarantined=0 failed={}");
    assertGoldAfterIncrement();
  }

  private void assertGoldAfterIncrement() {
    softly
        .assertThat(gold(GoldTable.DIM_TITLE))
        .containsExactly(
            "s1 | Movie | Alpha: The Film | Alpha | 2021-09-25 | 2020 | PG | 90 | null"
                + " | About Alpha: The Film | 1",
            "s2 | Movie | Beta | Beta | 2020-01-01 | 2020 | TV-MA | 121 | null | About Beta | 1",
            "s3 | TV Show | Gamma | Gamma | 2020-01-01 | 2020 | TV-14 | null | 2 | About Gamma | 2",
            "s4 | Movie | Delta | Delta | null | 2020 | PG | 75 | null | About Delta | 1",
            "s5 | TV Show | Epsilon | Epsilon | 2021-03-03 | 2020 | TV-MA | null | 3"
                + " | About Epsilon | 2");
    softly
        .assertThat(gold(GoldTable.BRIDGE_TITLE_CAST))
        .containsExactly("s1 | Ada", "s1 | Bob", "s3 | Cy");
    softly
        .assertThat(gold(GoldTable.AGG_TITLES_BY_YEAR))
        .containsExactly(
            "2020 | Movie | 1",
            "2020 | TV Show | 1",
            "2021 | Movie | 1",
            "2021 | TV Show | 1",
            "null | Movie | 1");
    softly
        .assertThat(gold(GoldTable.AGG_TITLES_BY_RATING))
        .containsExactly(
            "PG | Movie | 2", "TV-14 | TV Show | 1", "TV-MA | Movie | 1", "TV-MA | TV Show | 1");
  }

  private void landClean() throws Exception {
    land(Feed.TITLES, LayerEngineFiles.TITLES, LayerEngineFiles.cleanTitles());
    land(Feed.CAST, LayerEngineFiles.CAST, LayerEngineFiles.cleanCast());
  }

  /**
   * Loads, refines and publishes the cases' tables as a run does, a layer's tables together; each
   * table's outcome, in the plan's order.
   */
  private List<String> runEveryLayer(RunId run) {
    List<BronzeSpec> bronze = FEEDS.stream().map(BronzeSpec::of).toList();
    List<SilverSpec> silver =
        NetflixMedallion.silver().stream().filter(s -> FEEDS.contains(s.feed())).toList();
    List<GoldSpec> gold =
        NetflixMedallion.gold().stream().filter(s -> GOLD.contains(s.table())).toList();
    Map<TableName, LayerResult> results = new HashMap<>();
    engine.loadAll(bronze, run).forEach(r -> results.put(r.table(), r));
    engine.refineAll(silver, run, r -> results.put(r.table(), r));
    engine.publishAll(gold, run, r -> results.put(r.table(), r));
    List<String> outcomes = new ArrayList<>();
    bronze.forEach(s -> outcomes.add(outcome(s.target(), results.get(s.target()), List.of())));
    silver.forEach(
        s -> outcomes.add(outcome(s.target(), results.get(s.target()), s.expectations())));
    gold.forEach(s -> outcomes.add(outcome(s.target(), results.get(s.target()), s.expectations())));
    return outcomes;
  }

  /**
   * A step's result as one line: its counts and the expectations that failed, with their failures
   * in spec order. Whether every expectation of the spec was judged on every row in is part of it:
   * a result that judged others, or counted other rows, says so.
   */
  private static String outcome(TableName table, LayerResult result, List<Expectation> rules) {
    if (result == null) {
      return table + " gave no result";
    }
    Map<String, Long> failed = new LinkedHashMap<>();
    result.expectations().stream()
        .filter(e -> e.failed() > 0)
        .forEach(e -> failed.put(e.name(), e.failed()));
    String line =
        "%s%s in=%d out=%d dropped=%d quarantined=%d failed=%s"
            .formatted(
                result.table(),
                result.aggregate() ? " (aggregate)" : "",
                result.rowsIn(),
                result.rowsOut(),
                result.dropped(),
                result.quarantined(),
                failed);
    List<String> judged = result.expectations().stream().map(ExpectationResult::name).toList();
    if (!judged.equals(rules.stream().map(Expectation::name).toList())) {
      line += " judged=" + judged;
    }
    if (result.expectations().stream().anyMatch(e -> e.passed() + e.failed() != result.rowsIn())) {
      line += " judged other rows than came in";
    }
    return line;
  }

  /** The gold table's rows as {@link #text}, checked to hold the contract's columns in order. */
  private List<String> gold(GoldTable table) {
    List<Map<String, Object>> rows = rows(table.table());
    softly
        .assertThat(rows)
        .as("%s's columns", table.table())
        .allSatisfy(r -> assertThat(List.copyOf(r.keySet())).isEqualTo(table.columns()));
    return text(rows, table.columns());
  }

  /**
   * Rows as comparable text, sorted: each row the values of {@code columns} joined by " | ", a
   * value as {@link String#valueOf} writes it, so a missing value is "null", a number its digits
   * whatever its width, and a date ISO ({@code LocalDate} and {@code java.sql.Date} alike).
   */
  private static List<String> text(List<Map<String, Object>> rows, List<String> columns) {
    return rows.stream()
        .map(
            r ->
                columns.stream()
                    .map(c -> String.valueOf(r.get(c)))
                    .collect(Collectors.joining(" | ")))
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  /** The tables gold first, then silver, then bronze, as a full refresh resets them. */
  private static List<TableName> downstreamFirst(List<LakeReset.ResettableTable> tables) {
    return tables.stream()
        .map(LakeReset.ResettableTable::table)
        .sorted(
            Comparator.comparing((TableName t) -> t.layer().ordinal())
                .reversed()
                .thenComparing(TableName::toString))
        .toList();
  }
}
