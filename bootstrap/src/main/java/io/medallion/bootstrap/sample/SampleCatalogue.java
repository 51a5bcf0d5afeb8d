package io.medallion.bootstrap.sample;

import io.medallion.domain.catalog.Kind;
import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a Netflix-like catalogue in the tutorial's five-file layout, flaws included at about the
 * tutorial's rates (each at least once); the same size and seed give byte-identical files.
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

  /** Writes the five files into {@code dir} (created if need be, files replaced). */
  public static GeneratedSample write(Path dir, int titles, long seed) throws IOException {
    if (titles < MIN_TITLES || titles > MAX_TITLES) {
      throw new IllegalArgumentException(
          "a sample has " + MIN_TITLES + " to " + MAX_TITLES + " titles, not " + titles);
    }
    Files.createDirectories(dir);
    return new SampleCatalogue(titles, seed).writeInto(dir);
  }

  /** Where the file of {@code feed} lives in a sample folder: {@code netflix_cast.csv}. */
  public static Path file(Path dir, Feed feed) {
    return dir.resolve(feed.fileStem() + ".csv");
  }

  private GeneratedSample writeInto(Path dir) throws IOException {
    try (TitleFile titles = TitleFile.create(dir);
        BridgeFile cast = BridgeFile.create(dir, Feed.CAST);
        BridgeFile directors = BridgeFile.create(dir, Feed.DIRECTORS);
        BridgeFile countries = BridgeFile.create(dir, Feed.COUNTRIES);
        BridgeFile categories = BridgeFile.create(dir, Feed.CATEGORIES)) {
      List<BridgeFile> lookups = List.of(cast, directors, countries, categories);
      for (int index = 0; index < size; index++) {
        writeTitle(index, titles, lookups);
      }
      return sample(dir, titles.finish(), lookups);
    }
  }

  private void writeTitle(int index, TitleFile titles, List<BridgeFile> lookups)
      throws IOException {
    String showId = showId(index);
    TitleDirt dirt = plan.title(index);
    Kind kind = dirt.kindOr(inventor.kind());
    TitleRow row = inventor.invent(showId, kind);
    Owner owner = titles.write(showId, dirt.records(row, draw));
    if (dirt == TitleDirt.DUPLICATE) {
      titles.writeLater(inventor.redescribed(row));
    }
    for (BridgeFile lookup : lookups) {
      writeCredits(lookup, owner, kind, plan.bridge(lookup.feed(), index));
    }
  }

  private void writeCredits(BridgeFile file, Owner owner, Kind kind, Set<BridgeDirt> dirt)
      throws IOException {
    List<String> names = new ArrayList<>(credits.names(file.feed(), kind, dirt.isEmpty() ? 0 : 1));
    if (dirt.contains(BridgeDirt.PADDED_NAME)) {
      names.set(0, draw.oneOf(List.of(" ", "  ", "")) + names.get(0) + " ");
    }
    for (String name : names) {
      file.write(owner, name);
    }
    if (dirt.contains(BridgeDirt.DUPLICATE)) {
      file.writeAgain(owner, names.get(0));
    }
    if (dirt.contains(BridgeDirt.EMPTY_NAME)) {
      file.write(owner, "");
    }
    if (dirt.contains(BridgeDirt.ORPHAN)) {
      file.write(Owner.orphan(orphanId()), names.get(0));
    }
  }

  /** Ascending ids spread over the title range, as unique as the index. */
  private String showId(int index) {
    int stride = (ORPHAN_IDS - FIRST_ID) / size;
    return String.valueOf(FIRST_ID + index * stride + draw.below(stride));
  }

  /** An id above every title's, a different one per call. */
  private String orphanId() {
    return String.valueOf(ORPHAN_IDS + orphans++ * 1_009 + draw.below(1_000));
  }

  private static GeneratedSample sample(Path dir, TitleCounts titles, List<BridgeFile> lookups) {
    Map<Feed, Path> files = new EnumMap<>(Feed.class);
    Map<Feed, BridgeCounts> counts = new EnumMap<>(Feed.class);
    for (Feed feed : Feed.values()) {
      files.put(feed, file(dir, feed));
    }
    lookups.forEach(lookup -> counts.put(lookup.feed(), lookup.counts()));
    return new GeneratedSample(dir, files, titles, counts);
  }
}
