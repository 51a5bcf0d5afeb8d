package io.medallion.domain.medallion;

import java.util.Arrays;
import java.util.List;

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

  /**
   * The folder bronze reads a feed from: the landing zone for title files of either layout, the raw
   * zone otherwise.
   */
  public static String sourceFolder(Feed feed) {
    return landed(feed) ? LANDING_TITLES : rawFolder(feed);
  }

  /** The layouts a file in {@code folder} may have, told apart by header: the first by default. */
  public static List<Feed> layoutsIn(String folder) {
    return Arrays.stream(Feed.values()).filter(f -> sourceFolder(f).equals(folder)).toList();
  }

  private static boolean landed(Feed feed) {
    return feed == Feed.TITLES || feed == Feed.CATALOGUE;
  }

  /** The file names bronze picks up in that folder: {@code netflix_titles*.csv}. */
  public static String fileGlob(Feed feed) {
    return feed.fileStem() + "*.csv";
  }
}
