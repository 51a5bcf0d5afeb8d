package io.medallion.generator;

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

  private final Draw draw;
  private final DirtPlan plan;
  private final TitleInventor inventor;
  private final Credits credits;
  private final TutorialIds ids;
  private final int size;

  private SampleCatalogue(int size, long seed) {
    this.size = size;
    this.draw = new Draw(seed);
    this.plan = DirtPlan.draw(size, draw);
    this.inventor = new TitleInventor(draw);
    this.credits = new Credits(draw);
    this.ids = new TutorialIds(size, draw);
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
    SampleCatalogue sample = of(titles, seed);
    Objects.requireNonNull(layout, "layout");
    Files.createDirectories(dir);
    try (LayoutFiles files = sample.open(dir, layout, seed)) {
      sample.generate(files);
      return files.finish();
    }
  }

  /** The sample of {@code titles} titles that {@code seed} gives, its dirt planned, none drawn. */
  static SampleCatalogue of(int titles, long seed) {
    if (titles < MIN_TITLES || titles > MAX_TITLES) {
      throw new IllegalArgumentException(
          "a sample has " + MIN_TITLES + " to " + MAX_TITLES + " titles, not " + titles);
    }
    return new SampleCatalogue(titles, seed);
  }

  /** Draws every title into {@code sink}, in index order; call it once. */
  void generate(TitleSink sink) throws IOException {
    for (int index = 0; index < size; index++) {
      writeTitle(index, sink);
    }
  }

  int size() {
    return size;
  }

  DirtPlan plan() {
    return plan;
  }

  /** Where the file of {@code feed} lives in a sample folder: {@code netflix_cast.csv}. */
  public static Path file(Path dir, Feed feed) {
    return dir.resolve(feed.fileStem() + ".csv");
  }

  /** The catalogue layout's show id of the title at {@code index}: {@code s1} for the first. */
  static String catalogueId(int index) {
    return "s" + (index + 1);
  }

  private LayoutFiles open(Path dir, Layout layout, long seed) throws IOException {
    if (layout == Layout.CATALOGUE) {
      return CatalogueFile.create(dir, CataloguePlan.draw(size, seed, plan));
    }
    return TutorialFiles.create(dir);
  }

  private void writeTitle(int index, TitleSink files) throws IOException {
    String showId = ids.title(index);
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
      TitleSink files, Feed feed, Owner owner, Kind kind, Set<BridgeDirt> dirt) throws IOException {
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
      files.orphan(feed, ids.orphan(), names.get(0));
    }
  }
}
