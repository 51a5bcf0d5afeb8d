package io.medallion.domain.table;

import java.util.Objects;
import java.util.regex.Pattern;

/** A table of the lake, as {@code layer.name}: {@code gold.dim_title}. */
public record TableName(Layer layer, String name) implements Comparable<TableName> {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public TableName {
    Objects.requireNonNull(layer, "layer");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("table names are snake_case: " + name);
    }
  }

  public static TableName of(Layer layer, String name) {
    return new TableName(layer, name);
  }

  /** The table named {@code layer.name}, as {@link #toString} writes it. */
  public static TableName parse(String qualified) {
    int dot = qualified == null ? -1 : qualified.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException("not a layer.table name: " + qualified);
    }
    String layer = qualified.substring(0, dot).toUpperCase(java.util.Locale.ROOT);
    try {
      return new TableName(Layer.valueOf(layer), qualified.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a layer.table name: " + qualified, e);
    }
  }

  /** The table that holds this table's quarantined rows: {@code silver.titles_quarantine}. */
  public TableName quarantine() {
    return new TableName(layer, name + "_quarantine");
  }

  /** Where the table lives under the lake's root: {@code gold/dim_title}. */
  public String path() {
    return layer.id() + "/" + name;
  }

  @Override
  public int compareTo(TableName other) {
    int byLayer = layer.compareTo(other.layer);
    return byLayer != 0 ? byLayer : name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return layer.id() + "." + name;
  }
}
