package io.medallion.generator;

import io.medallion.domain.catalog.Columns;
import io.medallion.domain.medallion.Feed;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An increment's title file being written while its sample is drawn again, which it does not write:
 * beside the titles its plan names, a new title and a revised copy, counted as they go.
 */
final class IncrementFile implements TitleSink, Closeable {

  private final Path path;
  private final CsvFile csv;
  private final Layout layout;
  private final IncrementPlan plan;
  private final NewTitles newTitles;
  private final TitleRevision revision;
  private CatalogueTitle pending;
  private long added;
  private long revised;

  private IncrementFile(
      Path path,
      CsvFile csv,
      Layout layout,
      IncrementPlan plan,
      NewTitles newTitles,
      TitleRevision revision) {
    this.path = path;
    this.csv = csv;
    this.layout = layout;
    this.plan = plan;
    this.newTitles = newTitles;
    this.revision = revision;
  }

  /** A file of the sample's layout: the same header, mark, line ends and quoting. */
  static IncrementFile create(
      Path path, Layout layout, IncrementPlan plan, NewTitles newTitles, TitleRevision revision)
      throws IOException {
    CsvFile csv =
        layout == Layout.CATALOGUE
            ? CsvFile.createPlain(path, Feed.CATALOGUE.columns())
            : CsvFile.create(path, Feed.TITLES.columns());
    return new IncrementFile(path, csv, layout, plan, newTitles, revision);
  }

  @Override
  public Owner title(int index, TitleRow clean, List<TitleRecord> records) throws IOException {
    flush();
    String showId = clean.value(Columns.SHOW_ID);
    if (plan.adds(index)) {
      csv.write(newTitles.next(showId));
      added++;
    }
    if (plan.revises(index)) {
      revise(index, kept(index, clean, records));
    }
    return new Owner(showId, true, true);
  }

  @Override
  public void later(TitleRow update) {
    // the sample's own updates are in its file already
  }

  @Override
  public void name(Feed feed, Owner owner, String name) {
    if (pending != null) {
      pending.add(feed, name);
    }
  }

  @Override
  public void nameAgain(Feed feed, Owner owner, String name) {
    name(feed, owner, name);
  }

  @Override
  public void orphan(Feed feed, String showId, String name) {
    // the lookup files stay as the sample wrote them
  }

  /** Writes what is left and counts the file; call it once, before closing. */
  GeneratedIncrement finish() throws IOException {
    flush();
    return new GeneratedIncrement(layout, path, added, revised, plan.validTitles());
  }

  /** Writes a revised copy of a title; the catalogue's waits for the names that follow it. */
  private void revise(int index, TitleRow row) throws IOException {
    TitleRow update = revision.revised(row);
    revised++;
    if (layout == Layout.TUTORIAL) {
      csv.write(update.values());
      return;
    }
    pending =
        CatalogueTitle.of(index, update, List.of(TitleRecord.valid(update)), CatalogueFlaw.NONE);
  }

  /** The values silver keeps of a title the plan revises, which must be a valid one. */
  private TitleRow kept(int index, TitleRow clean, List<TitleRecord> records) {
    // the catalogue writes a title whole that the tutorial's export broke over two lines
    boolean whole = layout == Layout.CATALOGUE && records.size() > 1;
    if (!whole && !records.stream().allMatch(TitleRecord::isValid)) {
      throw new IllegalStateException("the increment planned to revise invalid title " + index);
    }
    return whole ? clean : records.get(0).row();
  }

  private void flush() throws IOException {
    if (pending != null) {
      csv.write(pending.values());
      pending = null;
    }
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
