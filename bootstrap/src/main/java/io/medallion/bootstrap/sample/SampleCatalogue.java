package io.medallion.bootstrap.sample;

import io.medallion.domain.catalog.Kind;
import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a Netflix-like catalogue in the tutorial's five-file layout or the public catalogue's
 * single file, flaws included at about the tutorial's rates (each at least once); the same size,
 * seed and layout give byte-identical files.
 */
public final class SampleCatalogue {

  /** About the size of the tutorial's catalogue. */
  public static final int DEFAULT_TITLES = 6_200;

  /** Enough titles for every flaw to hit a different one and most to stay clean. */
  public static final int MIN_TITLES = 20;

  /** Enough for eight-digit show ids: titles take 70,000,000 to 89,999,999, orphans the rest. */
  public static final int MAX_TITLES = 1_000_000;

  private static final int FIRST_ID = 70_000_000;
  private static final int ORPHAN_IDS = 90_000_000;

  private final Draw draw;
  private final DirtPlan plan;
  private final TitleInventor inventor;
  private final Credits credits;
  private final int size;
  private int orphans;

  private SampleCatalogue(int size, long seed) {
    this.size = size;
    this.draw = new Draw(seed);
    this.plan = DirtPlan.draw(size, draw);
    this.inventor = new TitleInventor(draw);
    this.credits = new Credits(draw);
  }

  /** Writes the tutorial's five files into {@code dir} (created if need be, files replaced). */
  public static GeneratedSample write(Path dir, int titles, long seed) throws IOException {
    return write(dir, titles, seed, Layout.TUTORIAL);
  }

  /**
   * Writes the sample in {@code layout} into {@code dir} (created if need be, files replaced, the
   * tutorial's lookup files removed for the catalogue); a seed gives the same titles and names in
   * either layout.
   */
  public static GeneratedSample write(Path dir, int titles, long seed, Layout layout)
      throws IOException {
    if (titles < MIN_TITLES || titles > MAX_TITLES) {
      throw new IllegalArgumentException(
          "a sample has " + MIN_TITLES + " to " + MAX_TITLES + " titles, not " + titles);
    }
    Objects.requireNonNull(layout, "layout");
    Files.createDirectories(dir);
    SampleCatalogue sample = new SampleCatalogue(titles, seed);
    try (LayoutFiles files = sample.open(dir, layout, seed)) {
      for (int index = 0; index < titles; index++) {
        sample.writeTitle(index, files);
      }
      return files.finish();
    }
  }

  /** Where the file of {@code feed} lives in a sample folder: {@code netflix_cast.csv}. */
  public static Path file(Path dir, Feed feed) {
    return dir.resolve(feed.fileStem() + ".csv");
  }

  /** The catalogue layout's show id of the title at {@code index}: {@code s1} for the first. */
  static String catalogueId(int index) {
    return "s" + (index + 1);
  }

  /** The index of the title a sample of {@code size} gave a tutorial show id to. */
  static int titleIndex(String showId, int size) {
    return (Integer.parseInt(showId) - FIRST_ID) / stride(size);
  }

  private LayoutFiles open(Path dir, Layout layout, long seed) throws IOException {
    if (layout == Layout.CATALOGUE) {
      return CatalogueFile.create(dir, CataloguePlan.draw(size, seed, plan));
    }
    return TutorialFiles.create(dir);
  }

  private void writeTitle(int index, LayoutFiles files) throws IOException {
    String showId = showId(index);
    TitleDirt dirt = plan.title(index);
    Kind kind = dirt.kindOr(inventor.kind());
    TitleRow row = inventor.invent(showId, kind);
    Owner owner = files.title(index, row, dirt.records(row, draw));
    if (dirt == TitleDirt.DUPLICATE) {
      files.later(inventor.redescribed(row));
    }
    for (Feed feed : Feed.lookups()) {
      writeCredits(files, feed, owner, kind, plan.bridge(feed, index));
    }
  }

  private void writeCredits(
      LayoutFiles files, Feed feed, Owner owner, Kind kind, Set<BridgeDirt> dirt)
      throws IOException {
    List<String> names = new ArrayList<>(credits.names(feed, kind, dirt.isEmpty() ? 0 : 1));
    if (dirt.contains(BridgeDirt.PADDED_NAME)) {
      names.set(0, draw.oneOf(List.of(" ", "  ", "")) + names.get(0) + " ");
    }
    for (String name : names) {
      files.name(feed, owner, name);
    }
    if (dirt.contains(BridgeDirt.DUPLICATE)) {
      files.nameAgain(feed, owner, names.get(0));
    }
    if (dirt.contains(BridgeDirt.EMPTY_NAME)) {
      files.name(feed, owner, "");
    }
    if (dirt.contains(BridgeDirt.ORPHAN)) {
      files.orphan(feed, orphanId(), names.get(0));
    }
  }

  /** Ascending ids spread over the title range, as unique as the index. */
  private String showId(int index) {
    int stride = stride(size);
    return String.valueOf(FIRST_ID + index * stride + draw.below(stride));
  }

  private static int stride(int size) {
    return (ORPHAN_IDS - FIRST_ID) / size;
  }

  /** An id above every title's, a different one per call. */
  private String orphanId() {
    return String.valueOf(ORPHAN_IDS + orphans++ * 1_009 + draw.below(1_000));
  }
}
