package io.medallion.domain.medallion;

import io.medallion.domain.catalog.Bridge;
import io.medallion.domain.catalog.Columns;
import java.util.List;
import java.util.Optional;

/**
 * The source files a run reads, each with its header columns in the order the files carry them: the
 * tutorial's five (titles and four lookup files) and the public catalogue's single file, which
 * lands under the same name as the tutorial's titles and holds a title's names in four columns.
 */
public enum Feed {
  TITLES(
      "netflix_titles",
      "titles",
      null,
      List.of(
          Columns.DURATION_MINUTES,
          Columns.DURATION_SEASONS,
          Columns.TYPE,
          Columns.TITLE,
          Columns.DATE_ADDED,
          Columns.RELEASE_YEAR,
          Columns.RATING,
          Columns.DESCRIPTION,
          Columns.SHOW_ID)),
  CAST("netflix_cast", "cast", Bridge.CAST, List.of(Columns.CAST, Columns.SHOW_ID)),
  DIRECTORS(
      "netflix_directors",
      "directors",
      Bridge.DIRECTOR,
      List.of(Columns.DIRECTOR, Columns.SHOW_ID)),
  COUNTRIES(
      "netflix_countries", "countries", Bridge.COUNTRY, List.of(Columns.COUNTRY, Columns.SHOW_ID)),
  CATEGORIES(
      "netflix_category",
      "categories",
      Bridge.CATEGORY,
      List.of(Columns.LISTED_IN, Columns.SHOW_ID)),
  CATALOGUE(
      "netflix_titles",
      "catalogue",
      null,
      List.of(
          Columns.SHOW_ID,
          Columns.TYPE,
          Columns.TITLE,
          Columns.DIRECTOR,
          Columns.CAST,
          Columns.COUNTRY,
          Columns.DATE_ADDED,
          Columns.RELEASE_YEAR,
          Columns.RATING,
          Columns.DURATION,
          Columns.LISTED_IN,
          Columns.DESCRIPTION));

  private final String fileStem;
  private final String table;
  private final Bridge bridge;
  private final List<String> columns;

  Feed(String fileStem, String table, Bridge bridge, List<String> columns) {
    this.fileStem = fileStem;
    this.table = table;
    this.bridge = bridge;
    this.columns = columns;
  }

  /** The file name without extension, as the tutorial names it: {@code netflix_cast}. */
  public String fileStem() {
    return fileStem;
  }

  /** The name of the feed's bronze and silver tables: {@code cast}. */
  public String table() {
    return table;
  }

  /** The header columns, in file order. */
  public List<String> columns() {
    return columns;
  }

  /** The bridge a lookup feed fills; empty for the titles. */
  public Optional<Bridge> bridge() {
    return Optional.ofNullable(bridge);
  }

  /**
   * The column holding a lookup file's name (its first column); empty for the titles. The catalogue
   * layout holds a title's names under the same column names.
   */
  public Optional<String> nameColumn() {
    return bridge().map(b -> columns.get(0));
  }

  /** The five files of the tutorial's layout, each refined into a silver table of its own. */
  public static List<Feed> tutorial() {
    return List.of(TITLES, CAST, DIRECTORS, COUNTRIES, CATEGORIES);
  }

  /** How the file is named in messages: {@code netflix_titles (catalogue layout)}. */
  public String describe() {
    return this == CATALOGUE ? fileStem + " (catalogue layout)" : fileStem;
  }

  /** The four lookup feeds, fetched over HTTP. */
  public static List<Feed> lookups() {
    return List.of(CAST, DIRECTORS, COUNTRIES, CATEGORIES);
  }

  /** The lookup feed that fills {@code bridge}. */
  public static Feed of(Bridge bridge) {
    return List.of(values()).stream()
        .filter(f -> f.bridge == bridge)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no feed fills " + bridge));
  }
}
