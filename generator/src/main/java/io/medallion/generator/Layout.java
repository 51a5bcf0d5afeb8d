package io.medallion.generator;

/** How a sample lays its catalogue out in files. */
public enum Layout {
  /** The tutorial's five files: titles, cast, directors, countries and categories. */
  TUTORIAL,
  /**
   * The public catalogue's single {@code netflix_titles.csv}, names comma-joined in four columns.
   */
  CATALOGUE
}
