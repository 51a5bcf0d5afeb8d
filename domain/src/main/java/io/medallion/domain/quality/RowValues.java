package io.medallion.domain.quality;

/** Read access to one row's values by column name; a missing column reads as null. */
@FunctionalInterface
public interface RowValues {
  Object value(String column);
}
