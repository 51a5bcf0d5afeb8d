package io.medallion.domain.catalog;

/**
 * The many-to-many relations of a title: each links a show id to one name (a person, a country or a
 * category), one row per pair.
 */
public enum Bridge {
  CAST(Columns.PERSON),
  DIRECTOR(Columns.PERSON),
  COUNTRY(Columns.COUNTRY),
  CATEGORY(Columns.CATEGORY);

  private final String valueColumn;

  Bridge(String valueColumn) {
    this.valueColumn = valueColumn;
  }

  /** The name of the value column in silver and gold, next to {@code show_id}. */
  public String valueColumn() {
    return valueColumn;
  }
}
