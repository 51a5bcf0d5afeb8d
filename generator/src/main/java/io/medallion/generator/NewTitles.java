package io.medallion.generator;

import io.medallion.domain.catalog.Kind;
import io.medallion.domain.medallion.Feed;
import java.util.List;

/**
 * Invents an increment's new titles, clean, under ids that no title or orphan of the sample has and
 * no other batch uses: in the tutorial layout the batch's own place in a title's slot of ids, in
 * the catalogue's the batch's own block of ids after the sample's.
 */
final class NewTitles {

  private final Layout layout;
  private final int size;
  private final int batch;
  private final TitleInventor inventor;
  private final Credits credits;
  private int invented;

  NewTitles(Layout layout, int size, int batch, Draw draw) {
    this.layout = layout;
    this.size = size;
    this.batch = batch;
    this.inventor = new TitleInventor(draw);
    this.credits = new Credits(draw);
  }

  /** How many batches a sample of {@code size} has ids for in {@code layout}. */
  static int batches(Layout layout, int size) {
    if (layout == Layout.TUTORIAL) {
      return TutorialIds.slotWidth(size) - 1;
    }
    // batch k takes the indexes from size * k on, and they must stay ints
    return Integer.MAX_VALUE / size - 1;
  }

  /** The record of a new title in the slot of the sample's title {@code neighbour}. */
  List<String> next(String neighbour) {
    Kind kind = inventor.kind();
    if (layout == Layout.TUTORIAL) {
      return inventor.invent(TutorialIds.slotNeighbour(neighbour, size, batch), kind).values();
    }
    int index = size * batch + invented++;
    TitleRow row = inventor.invent(SampleCatalogue.catalogueId(index), kind);
    CatalogueTitle title =
        CatalogueTitle.of(index, row, List.of(TitleRecord.valid(row)), CatalogueFlaw.NONE);
    for (Feed feed : Feed.lookups()) {
      credits.names(feed, kind, 0).forEach(name -> title.add(feed, name));
    }
    return title.values();
  }
}
