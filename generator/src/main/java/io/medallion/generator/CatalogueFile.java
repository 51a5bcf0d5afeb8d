package io.medallion.generator;

import io.medallion.domain.catalog.Columns;
import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public catalogue's single file being written, a record per title with its names in four
 * columns, counting what it holds as it goes.
 */
final class CatalogueFile implements LayoutFiles {

  private final Path dir;
  private final CsvFile csv;
  private final CataloguePlan plan;
  private final Map<Feed, NameTally> names = new EnumMap<>(Feed.class);
  private final List<CatalogueTitle> updates = new ArrayList<>();
  private final Map<String, Long> failures = new TreeMap<>();
  private CatalogueTitle pending;
  private TitleRow pendingUpdate;
  private long records;
  private long validTitles;
  private long missingShowId;
  private long quarantined;
  private long repaired;

  private CatalogueFile(Path dir, CsvFile csv, CataloguePlan plan) {
    this.dir = dir;
    this.csv = csv;
    this.plan = plan;
    Feed.lookups().forEach(feed -> names.put(feed, new NameTally()));
  }

  static CatalogueFile create(Path dir, CataloguePlan plan) throws IOException {
    // a tutorial sample left in the folder would make it hold both layouts
    for (Feed feed : Feed.lookups()) {
      Files.deleteIfExists(SampleCatalogue.file(dir, feed));
    }
    Path file = SampleCatalogue.file(dir, Feed.TITLES);
    return new CatalogueFile(dir, CsvFile.createPlain(file, Feed.CATALOGUE.columns()), plan);
  }

  @Override
  public Owner title(int index, TitleRow clean, List<TitleRecord> records) throws IOException {
    flush();
    pending = CatalogueTitle.of(index, clean, records, plan.flaw(index));
    return new Owner(clean.value(Columns.SHOW_ID), true, pending.isValid());
  }

  @Override
  public void later(TitleRow update) {
    pendingUpdate = update;
  }

  @Override
  public void name(Feed feed, Owner owner, String name) {
    pending.add(feed, name);
  }

  @Override
  public void nameAgain(Feed feed, Owner owner, String name) {
    pending.add(feed, name);
  }

  @Override
  public void orphan(Feed feed, String showId, String name) {
    // one file has no room for a name without its title
  }

  @Override
  public GeneratedSample finish() throws IOException {
    flush();
    for (CatalogueTitle update : updates) {
      write(update, true);
    }
    TitleCounts titles =
        new TitleCounts(
            records, validTitles, updates.size(), missingShowId, quarantined, failures, repaired);
    Map<Feed, BridgeCounts> lookups = new EnumMap<>(Feed.class);
    names.forEach((feed, tally) -> lookups.put(feed, tally.counts()));
    Path file = SampleCatalogue.file(dir, Feed.TITLES);
    return new GeneratedSample(Layout.CATALOGUE, dir, Map.of(Feed.TITLES, file), titles, lookups);
  }

  /** Writes the title whose names are complete, keeping its update for the end. */
  private void flush() throws IOException {
    if (pending == null) {
      return;
    }
    write(pending, false);
    if (pendingUpdate != null) {
      updates.add(pending.updatedTo(pendingUpdate));
    }
    pending = null;
    pendingUpdate = null;
  }

  private void write(CatalogueTitle title, boolean copy) throws IOException {
    csv.write(title.values());
    records++;
    validTitles += title.isValid() && !copy ? 1 : 0;
    missingShowId += title.showId().isEmpty() ? 1 : 0;
    quarantined += title.isValid() ? 0 : 1;
    repaired += title.isRepaired() ? 1 : 0;
    title.failures().forEach(name -> failures.merge(name, 1L, Long::sum));
    names.forEach((feed, tally) -> tally.count(title.names(feed), title.isValid(), copy));
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
