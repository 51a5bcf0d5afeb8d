package io.medallion.benchmarks.peer;

/** Text made safe to place in a SQL statement: string literals and quoted identifiers. */
final class SqlText {

  private SqlText() {}

  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
