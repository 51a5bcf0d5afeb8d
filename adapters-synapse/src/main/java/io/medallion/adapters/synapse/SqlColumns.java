package io.medallion.adapters.synapse;

import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A snapshot's columns as T-SQL column definitions, for each pool. */
final class SqlColumns {

  // The serverless pool reads Parquet's UTF-8 strings without conversion under this collation.
  static final String UTF8_COLLATION = "Latin1_General_100_BIN2_UTF8";

  private SqlColumns() {}

  /** For a serverless OPENROWSET WITH clause. */
  static String serverless(TableSnapshot snapshot) {
    return join(snapshot, SqlColumns::serverlessType);
  }

  /** For a dedicated pool's table. */
  static String dedicated(TableSnapshot snapshot) {
    return join(snapshot, t -> dedicatedType(t) + " NULL");
  }

  private static String join(TableSnapshot snapshot, Function<ColumnType, String> type) {
    return snapshot.columns().stream()
        .map(c -> "    " + name(snapshot, c) + " " + type.apply(c.type()))
        .collect(Collectors.joining(",\n"));
  }

  static String name(TableSnapshot snapshot, Column column) {
    try {
      return SqlIdentifier.quote(column.name());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "column "
              + (snapshot.columns().indexOf(column) + 1)
              + " of "
              + snapshot.table()
              + " is "
              + e.getMessage(),
          e);
    }
  }

  private static String serverlessType(ColumnType type) {
    return switch (type) {
      // 8000 bytes is the longest non-MAX string; MAX columns slow every serverless scan.
      case STRING -> "VARCHAR(8000) COLLATE " + UTF8_COLLATION;
      default -> common(type);
    };
  }

  private static String dedicatedType(ColumnType type) {
    return switch (type) {
      // Dedicated pools have no UTF-8 collation: NVARCHAR keeps every character.
      case STRING -> "NVARCHAR(4000)";
      default -> common(type);
    };
  }

  private static String common(ColumnType type) {
    return switch (type) {
      case STRING -> throw new IllegalStateException("strings differ per pool");
      case INT -> "INT";
      case LONG -> "BIGINT";
      case DOUBLE -> "FLOAT";
      case BOOLEAN -> "BIT";
      case DATE -> "DATE";
      case TIMESTAMP -> "DATETIME2(6)";
    };
  }
}
