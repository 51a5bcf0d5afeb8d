package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.medallion.SilverSpec;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus ({@code src/test/resources/corpus}, expected outcomes in {@code cases.csv}):
 * every loadable file goes through bronze and silver in one lake, so each case is checked by its
 * source file; each file the pipeline must refuse is tried in a lake of its own. Raw records are
 * also counted with Apache Commons CSV, so a record Spark loses silently is caught.
 */
@ExtendWith(SharedSpark.class)
class BadInputCorpusTest {

  private static final RunId RUN = RunId.startingAt(Instant.parse("2026-11-24T12:00:00Z"));
  private static final List<Case> CASES = cases();

  @TempDir static Path lakeRoot;
  static SparkLayerEngine engine;
  static DeltaTables delta;
  static Map<Feed, LayerResult> bronze;
  static Map<Feed, LayerResult> silver;
  static List<Row> bronzeRows;
  static List<Row> silverRows;
  static List<Row> quarantineRows;

  record Case(
      String name,
      Feed feed,
      String file,
      boolean refused,
      long bronzeRows,
      long silverRows,
      long quarantined,
      List<String> reasons,
      String note) {}

  @BeforeAll
  static void loadEveryLoadableCaseIntoOneLake() throws Exception {
    SparkSession spark = SharedSpark.session();
    LakeLocations lake = new LakeLocations(lakeRoot.toString());
    delta = new DeltaTables(spark);
    engine = engine(spark, lake);
    for (Case c : CASES) {
      if (!c.refused()) {
        copy(c, lakeRoot.resolve(LakeLayout.sourceFolder(c.feed())));
      }
    }
    bronze = new java.util.EnumMap<>(Feed.class);
    silver = new java.util.EnumMap<>(Feed.class);
    for (Feed feed : List.of(Feed.TITLES, Feed.CAST)) {
      bronze.put(feed, engine.load(BronzeSpec.of(feed), RUN));
      silver.put(
          feed, engine.refine(unlimited(NetflixMedallion.silver().get(feed.ordinal())), RUN));
    }
    bronzeRows = rows(lake, "bronze");
    silverRows = rows(lake, "silver");
    quarantineRows =
        delta.read(lakeRoot.resolve("silver/titles_quarantine").toString()).collectAsList();
  }

  @Test
  void givenTheCorpus_itHoldsAtLeastThirtyCasesWithExpectedOutcomes() {
    long cases = CASES.stream().map(c -> c.name().replaceAll("_[ab]$", "")).distinct().count();

    assertThat(cases).isGreaterThanOrEqualTo(30);
  }

  @Test
  void givenTheCorpus_everyTableReconcilesAndBronzeHoldsEveryExpectedRecord() {
    for (Feed feed : bronze.keySet()) {
      long expected =
          CASES.stream()
              .filter(c -> !c.refused() && c.feed() == feed)
              .mapToLong(Case::bronzeRows)
              .sum();
      assertThat(bronze.get(feed).rowsOut()).as(feed.toString()).isEqualTo(expected);
      assertThat(silver.get(feed).rowsIn()).isEqualTo(expected);
      assertThat(silver.get(feed).reconciles()).as(silver.get(feed).toString()).isTrue();
    }
  }

  @TestFactory
  Stream<DynamicTest> givenLoadableCase_bronzeAndSilver_accountForEveryRecord() {
    return CASES.stream()
        .filter(c -> !c.refused())
        .map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.note(), () -> check(c)));
  }

  @TestFactory
  Stream<DynamicTest> givenFileTheFeedCannotRead_load_refusesNamingItAndWritesNothing() {
    return CASES.stream()
        .filter(Case::refused)
        .map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.note(), () -> refuse(c)));
  }

  private static void check(Case c) throws Exception {
    assertThat(ofFile(bronzeRows, c)).as("bronze rows").isEqualTo(c.bronzeRows());
    independentCount(c)
        .ifPresent(
            n -> assertThat(n).as("records counted by Commons CSV").isEqualTo(c.bronzeRows()));
    assertThat(ofFile(silverRows, c)).as("silver rows").isEqualTo(c.silverRows());
    List<Row> quarantined = quarantineRows.stream().filter(r -> fromFile(r, c)).toList();
    assertThat(quarantined).as("quarantined rows").hasSize((int) c.quarantined());
    // Each quarantined row fails one of the expected rules, and every expected rule is seen.
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Row row : quarantined) {
      List<String> failed = row.getList(row.fieldIndex("_failed_rules"));
      assertThat(failed).as("reasons").containsAnyElementsOf(c.reasons());
      seen.addAll(failed);
    }
    assertThat(seen).containsAll(c.reasons());
  }

  private static void refuse(Case c) throws Exception {
    Path root = Files.createTempDirectory(lakeRoot, c.name());
    copy(c, root.resolve(LakeLayout.sourceFolder(c.feed())));
    SparkLayerEngine alone = engine(SharedSpark.session(), new LakeLocations(root.toString()));

    assertThatThrownBy(() -> alone.load(BronzeSpec.of(c.feed()), RUN))
        .hasMessageContaining(c.file())
        .hasMessageContaining("lacks the column(s)");
    assertThat(delta.exists(root.resolve("bronze").resolve(c.feed().table()).toString())).isFalse();
  }

  private static java.util.Optional<Long> independentCount(Case c) throws Exception {
    byte[] bytes = resource(c.file()).readAllBytes();
    boolean utf16 = bytes.length > 1 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE;
    String text = new String(bytes, utf16 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (Reader reader = new StringReader(text)) {
      long records =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(reader)
              .stream()
              .filter(r -> !(r.size() == 1 && r.get(0).isEmpty()))
              .count();
      return java.util.Optional.of(records);
    } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // Commons CSV refuses an unbalanced quote at the end of a file; the manifest counts it.
      return java.util.Optional.empty();
    }
  }

  private static long ofFile(List<Row> rows, Case c) {
    return rows.stream().filter(r -> fromFile(r, c)).count();
  }

  private static boolean fromFile(Row row, Case c) {
    String source = row.getAs(BronzeSpec.SOURCE_FILE);
    return source != null && source.endsWith("/" + c.file());
  }

  private static List<Row> rows(LakeLocations lake, String layer) {
    List<Row> rows = new ArrayList<>();
    for (Feed feed : List.of(Feed.TITLES, Feed.CAST)) {
      rows.addAll(
          delta
              .read(lakeRoot.resolve(layer).resolve(feed.table()).toString())
              .select(BronzeSpec.SOURCE_FILE)
              .collectAsList());
    }
    return rows;
  }

  private static SilverSpec unlimited(SilverSpec spec) {
    return new SilverSpec(
        spec.feed(), spec.source(), spec.target(), spec.key(), spec.expectations());
  }

  private static SparkLayerEngine engine(SparkSession spark, LakeLocations lake) {
    DeltaTables tables = new DeltaTables(spark);
    return SparkLayerEngine.over(spark, lake, tables);
  }

  private static void copy(Case c, Path folder) throws Exception {
    Files.createDirectories(folder);
    try (InputStream in = resource(c.file())) {
      Files.copy(in, folder.resolve(c.file()));
    }
  }

  private static InputStream resource(String file) {
    InputStream in = BadInputCorpusTest.class.getResourceAsStream("/corpus/" + file);
    if (in == null) {
      throw new IllegalStateException("no corpus file " + file);
    }
    return in;
  }

  private static List<Case> cases() {
    try (Reader reader =
        new java.io.InputStreamReader(resource("cases.csv"), StandardCharsets.UTF_8)) {
      List<Case> cases = new ArrayList<>();
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        cases.add(
            new Case(
                r.get("case"),
                r.get("feed").equals("cast") ? Feed.CAST : Feed.TITLES,
                r.get("file"),
                r.get("outcome").equals("refused"),
                Long.parseLong(r.get("bronze_rows")),
                Long.parseLong(r.get("silver_rows")),
                Long.parseLong(r.get("quarantined")),
                r.get("reasons").isEmpty() ? List.of() : List.of(r.get("reasons").split(";")),
                r.get("note")));
      }
      return List.copyOf(cases);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
