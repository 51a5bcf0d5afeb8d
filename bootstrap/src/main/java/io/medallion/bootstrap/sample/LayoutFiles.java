package io.medallion.bootstrap.sample;

import io.medallion.domain.medallion.Feed;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The files of one layout being written, title by title, counting what they hold; a title's names
 * follow its records.
 */
interface LayoutFiles extends Closeable {

  /** Writes a title's records ({@code clean} before its flaw) and tells how its names fare. */
  Owner title(int index, TitleRow clean, List<TitleRecord> records) throws IOException;

  /** Keeps a changed copy of the last title for the end of the sample, like a later update. */
  void later(TitleRow update);

  void name(Feed feed, Owner owner, String name) throws IOException;

  /** Writes a name of the title that was written before. */
  void nameAgain(Feed feed, Owner owner, String name) throws IOException;

  /** Writes a name under a show id that no title has, where the layout has room for it. */
  void orphan(Feed feed, String showId, String name) throws IOException;

  /** Writes what is left and counts the sample; call it once, before closing. */
  GeneratedSample finish() throws IOException;
}
