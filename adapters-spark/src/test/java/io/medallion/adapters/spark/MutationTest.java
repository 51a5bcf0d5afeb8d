package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.medallion.SilverSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the tutorial's title file (byte flips, truncations, injected quotes and line
 * breaks, encoding swaps), all loaded in one lake: no mutation crashes bronze or silver, silver
 * reconciles, and bronze holds every record an independent parser (Commons CSV) finds in each file.
 * {@code -Dmedallion.mutations=N} runs more than the default 200.
 */
@ExtendWith(SharedSpark.class)
class MutationTest {

  private static final int RECORDS_PER_FILE = 200;
  private static final long SEED = 20261124L;
  private static final RunId RUN = RunId.startingAt(Instant.parse("2026-11-24T12:00:00Z"));

  @Test
  void givenMutatedTitleFiles_bronzeAndSilver_neverCrashAndLoseNoRecord(
      SparkSession spark, @TempDir Path root) throws Exception {
    Path tutorial = projectRoot().resolve("../shared/data/netflix/netflix_titles.csv").normalize();
    assumeTrue(
        Files.isRegularFile(tutorial), "needs the tutorial's files in ../shared/data/netflix");
    int mutations = Integer.getInteger("medallion.mutations", 200);
    byte[] slice = firstRecords(Files.readAllBytes(tutorial), RECORDS_PER_FILE);
    Path landing = Files.createDirectories(root.resolve(LakeLayout.LANDING_TITLES));
    Random random = new Random(SEED);
    Map<String, Optional<Long>> expected = new HashMap<>();
    for (int i = 0; i < mutations; i++) {
      String name = "netflix_titles-mutant-%04d.csv".formatted(i);
      byte[] mutant = Mutation.apply(slice, random);
      Files.write(landing.resolve(name), mutant);
      expected.put(name, independentCount(mutant));
    }
    LakeLocations lake = new LakeLocations(root.toString());
    DeltaTables delta = new DeltaTables(spark);
    SparkLayerEngine engine = SparkLayerEngine.over(spark, lake, delta);

    LayerResult bronze = engine.load(BronzeSpec.of(Feed.TITLES), RUN);
    SilverSpec titles = NetflixMedallion.silver().get(0);
    LayerResult silver =
        engine.refine(
            new SilverSpec(
                titles.feed(),
                titles.source(),
                titles.target(),
                titles.key(),
                titles.expectations()),
            RUN);

    assertThat(silver.reconciles()).as(silver.toString()).isTrue();
    assertThat(silver.rowsIn()).isEqualTo(bronze.rowsOut());
    Map<String, Long> perFile =
        delta
            .read(lake.table(titles.source()))
            .select(BronzeSpec.SOURCE_FILE)
            .collectAsList()
            .stream()
            .collect(
                Collectors.groupingBy(
                    r -> Path.of(r.getString(0).replace("file:", "")).getFileName().toString(),
                    Collectors.counting()));
    long compared = 0;
    Map<String, String> lost = new java.util.TreeMap<>();
    for (var file : expected.entrySet()) {
      if (file.getValue().isPresent()) {
        compared++;
        long loaded = perFile.getOrDefault(file.getKey(), 0L);
        if (loaded != file.getValue().get()) {
          lost.put(file.getKey(), loaded + " loaded, " + file.getValue().get() + " counted");
          // Kept for a look: target/mutation-failures holds every file that disagreed.
          Path kept = Files.createDirectories(Path.of("target", "mutation-failures"));
          Files.copy(
              landing.resolve(file.getKey()),
              kept.resolve(file.getKey()),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    assertThat(lost).as("files whose records bronze and Commons CSV count differently").isEmpty();
    assertThat(compared).as("files Commons CSV could count").isGreaterThan(mutations / 2);
  }

  /** The header and the first {@code records} lines of a file (the tutorial's are one per line). */
  private static byte[] firstRecords(byte[] file, int records) {
    int lines = 0;
    for (int i = 0; i < file.length; i++) {
      if (file[i] == '\n' && ++lines > records) {
        return java.util.Arrays.copyOf(file, i + 1);
      }
    }
    return file;
  }

  private static Optional<Long> independentCount(byte[] bytes) {
    boolean utf16 = bytes.length > 1 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE;
    String text = new String(bytes, utf16 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = ownLineBreaksOnly(text);
    try {
      return Optional.of(
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new StringReader(text))
              .stream()
              .filter(r -> !(r.size() == 1 && r.get(0).isEmpty()))
              .count());
    } catch (UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException
        | IOException e) {
      return Optional.empty();
    }
  }

  /**
   * A file's records end at its own line break, the one its header ends with, as Spark's parser
   * (univocity) detects it: in a CRLF file a lone CR, or a lone LF inside a value, is data, while a
   * lone LF where a value starts (after a comma) still ends the record. Pinned by this test; the
   * data is masked so Commons CSV, which ends a record at any of them, follows the same rule.
   */
  private static String ownLineBreaksOnly(String text) {
    int firstBreak = text.indexOf('\n');
    boolean crlf = firstBreak > 0 && text.charAt(firstBreak - 1) == '\r';
    if (!crlf) {
      return text;
    }
    return text.replaceAll("\r(?!\n)", "\u2028").replaceAll("(?<![\r,])\n", "\u2029");
  }

  private static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    return dir == null ? Path.of("") : dir;
  }

  /** One to three seeded mutations of a file's body; the header line stays as it is. */
  private static final class Mutation {

    static byte[] apply(byte[] file, Random random) {
      int bodyStart = indexOf(file, (byte) '\n') + 1;
      byte[] mutant = file;
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        mutant = once(mutant, bodyStart, random);
      }
      return mutant;
    }

    private static byte[] once(byte[] file, int bodyStart, Random random) {
      int at = bodyStart + random.nextInt(Math.max(1, file.length - bodyStart));
      switch (random.nextInt(6)) {
        case 0:
          byte[] flipped = file.clone();
          flipped[Math.min(at, flipped.length - 1)] ^= (byte) (1 << random.nextInt(8));
          return flipped;
        case 1:
          return java.util.Arrays.copyOf(file, Math.max(bodyStart, at));
        case 2:
          return insert(file, at, "\"");
        case 3:
          return insert(file, at, random.nextBoolean() ? "\n" : "\r\n");
        case 4:
          return utf16(file);
        default:
          return latin1(file);
      }
    }

    private static byte[] insert(byte[] file, int at, String text) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int cut = Math.min(at, file.length);
      out.write(file, 0, cut);
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      out.write(file, cut, file.length - cut);
      return out.toByteArray();
    }

    private static byte[] utf16(byte[] file) {
      if (file.length > 1 && (file[0] & 0xFF) == 0xFF) {
        return file;
      }
      String text = new String(file, StandardCharsets.UTF_8);
      return ((text.startsWith("\uFEFF") ? "" : "\uFEFF") + text)
          .getBytes(StandardCharsets.UTF_16LE);
    }

    private static byte[] latin1(byte[] file) {
      if (file.length > 1 && (file[0] & 0xFF) == 0xFF) {
        return file;
      }
      return new String(file, StandardCharsets.UTF_8)
          .replace("\uFEFF", "")
          .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] file, byte b) {
      for (int i = 0; i < file.length; i++) {
        if (file[i] == b) {
          return i;
        }
      }
      return file.length - 1;
    }
  }
}
