package io.medallion.domain.medallion;

/**
 * Where files live in the lake, relative to its root: lookups copied into the raw zone, title files
 * dropped in the landing zone, tables under their layer.
 */
public final class LakeLayout {

  /** The folder title files are dropped into, picked up incrementally by bronze. */
  public static final String LANDING_TITLES = "landing/titles";

  private LakeLayout() {}

  /** The raw-zone folder of a feed: {@code raw/netflix_cast}. */
  public static String rawFolder(Feed feed) {
    return "raw/" + feed.fileStem();
  }

  /** The folder bronze reads a feed from: the landing zone for titles, the raw zone otherwise. */
  public static String sourceFolder(Feed feed) {
    return feed == Feed.TITLES ? LANDING_TITLES : rawFolder(feed);
  }

  /** The file names bronze picks up in that folder: {@code netflix_titles*.csv}. */
  public static String fileGlob(Feed feed) {
    return feed.fileStem() + "*.csv";
  }
}
