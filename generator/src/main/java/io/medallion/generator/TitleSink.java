package io.medallion.generator;

import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.util.List;

/**
 * Takes a sample as it is generated, title by title: a title's records, then its names and the
 * orphan names drawn with them.
 */
interface TitleSink {

  /** Takes a title's records ({@code clean} before its flaw) and tells how its names fare. */
  Owner title(int index, TitleRow clean, List<TitleRecord> records) throws IOException;

  /** Keeps a changed copy of the last title for the end of the sample, like a later update. */
  void later(TitleRow update);

  void name(Feed feed, Owner owner, String name) throws IOException;

  /** Takes a name of the title that was taken before. */
  void nameAgain(Feed feed, Owner owner, String name) throws IOException;

  /** Takes a name under a show id that no title has, where the layout has room for it. */
  void orphan(Feed feed, String showId, String name) throws IOException;
}
