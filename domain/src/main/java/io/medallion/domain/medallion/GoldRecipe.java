package io.medallion.domain.medallion;

import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How a gold table's rows are computed, as data every engine executes the same way. */
public sealed interface GoldRecipe {

  /** The tables the rows are computed from. */
  List<TableName> sources();

  /** The rows of a silver table, each cut to {@code columns}. */
  record SilverRows(Feed feed, List<String> columns) implements GoldRecipe {
    public SilverRows {
      Objects.requireNonNull(feed, "feed");
      columns = List.copyOf(columns);
    }

    @Override
    public List<TableName> sources() {
      return List.of(TableName.of(Layer.SILVER, feed.table()));
    }
  }

  /**
   * Distinct titles ({@code titles}) per value of {@code dimension} and per kind, over the rows of
   * a gold table: {@code gold.dim_title}, or a bridge whose rows take their title's kind from it (a
   * pair whose title is not there counts nowhere). A title without a value counts in the null group
   * of its kind. With {@code yearOf}, the dimension is the year of that date column.
   */
  record TitlesPer(GoldTable over, String dimension, Optional<String> yearOf)
      implements GoldRecipe {
    public TitlesPer {
      Objects.requireNonNull(over, "over");
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(yearOf, "yearOf");
    }

    /** Per value of one of the rows' columns. */
    public static TitlesPer valueOf(GoldTable over, String column) {
      return new TitlesPer(over, column, Optional.empty());
    }

    /** Per year of a date of the title dimension, named {@code dimension}. */
    public static TitlesPer yearOf(String dateColumn, String dimension) {
      return new TitlesPer(GoldTable.DIM_TITLE, dimension, Optional.of(dateColumn));
    }

    /** Whether the rows come from a bridge, taking their kind from the title dimension. */
    public boolean overABridge() {
      return over != GoldTable.DIM_TITLE;
    }

    @Override
    public List<TableName> sources() {
      return overABridge()
          ? List.of(GoldTable.DIM_TITLE.table(), over.table())
          : List.of(GoldTable.DIM_TITLE.table());
    }
  }
}
