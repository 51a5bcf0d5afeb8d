package io.medallion.adapters.synapse;

import java.sql.SQLException;

/** The server's own words for a failure, on one line, for messages a person reads. */
final class SqlMessages {

  private SqlMessages() {}

  static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    String line = message.strip().lines().findFirst().orElse(message);
    return e.getErrorCode() == 0 ? line : line + " (error " + e.getErrorCode() + ")";
  }
}
