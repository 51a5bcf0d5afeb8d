package io.medallion.application.port.out;

import io.medallion.domain.table.TableName;
import java.util.List;
import java.util.Map;

/**
 * Reads the current rows of a lake table that hold one value in one column, without changing the
 * table: each row a map from column to value (text, whole and decimal numbers, booleans, {@code
 * LocalDate}, {@code Instant}, lists and maps), in the table's column order; empty when the table
 * does not exist or no row matches. Values compare as text; a null {@code value} finds the rows
 * where the column is null.
 */
public interface LakeRows {
  List<Map<String, Object>> rowsWhere(TableName table, String column, String value);
}
