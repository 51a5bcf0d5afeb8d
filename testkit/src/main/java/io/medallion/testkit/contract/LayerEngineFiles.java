package io.medallion.testkit.contract;

import io.medallion.domain.medallion.Feed;
import io.medallion.testkit.fixture.LookupFiles;
import io.medallion.testkit.fixture.TitleFiles;

/**
 * The few titles and lookup pairs {@link LayerEngineContract} lands, kept tiny because the Spark
 * engine runs them too. Defaults as {@link TitleFiles} gives them: added 1/1/2020, released 2020,
 * rated PG (TV-14 for a show), described as "About " and the title.
 */
final class LayerEngineFiles {

  static final String TITLES = "netflix_titles-1.csv";
  static final String INCREMENT = "netflix_titles-2.csv";
  static final String CAST = "netflix_cast-1.csv";

  private LayerEngineFiles() {}

  /** Four clean titles: s4 has no date added. */
  static byte[] cleanTitles() {
    return TitleFiles.titles()
        .movie("s1", "Alpha: The Film", 90)
        .with("date_added", "9/25/2021")
        .movie("s2", "Beta", 120)
        .with("rating", "R")
        .show("s3", "Gamma", 2)
        .movie("s4", "Delta", 75)
        .with("date_added", null)
        .bytes();
  }

  static byte[] cleanCast() {
    return LookupFiles.of(Feed.CAST).pair("Ada", "s1").pair("Bob", "s1").pair("Cy", "s3").bytes();
  }

  /** Beta changed (rating and minutes), Epsilon new. */
  static byte[] incrementTitles() {
    return TitleFiles.titles()
        .movie("s2", "Beta", 121)
        .with("rating", "TV-MA")
        .show("s5", "Epsilon", 3)
        .with("date_added", "3/3/2021")
        .with("rating", "TV-MA")
        .bytes();
  }

  /**
   * Six records: no show id, minutes that are no number, an unknown rating and date (warned, kept),
   * and s1 twice (the later record wins).
   */
  static byte[] dirtyTitles() {
    return TitleFiles.titles()
        .movie("s1", "Alpha", 90)
        .movie("s2", "Beta", 100)
        .movie(null, "Nobody", 80)
        .movie("s3", "Broken", 0)
        .with("duration_minutes", "ninety")
        .show("s4", "Gamma", 1)
        .with("rating", "XYZ")
        .with("date_added", "someday")
        .movie("s1", "Alpha", 95)
        .with("description", "Alpha again")
        .bytes();
  }

  /**
   * Six pairs: a blank name, a pair of an unknown title (s99) and of a quarantined one (s3), and
   * Ada's pair again with a trailing space.
   */
  static byte[] dirtyCast() {
    return LookupFiles.of(Feed.CAST)
        .pair("Ada", "s1")
        .pair("  ", "s2")
        .pair("Bob", "s99")
        .pair("Cy", "s4")
        .pair("Ada ", "s1")
        .pair("Dee", "s3")
        .bytes();
  }
}
