package io.medallion.adapters.synapse;

/**
 * T-SQL identifiers quoted with brackets. A name is refused rather than escaped when it carries a
 * character that could end the quoting or the statement, so no name ever needs escaping.
 */
final class SqlIdentifier {

  /** The longest name SQL Server keeps (sysname is NVARCHAR(128)). */
  static final int MAX_LENGTH = 128;

  private SqlIdentifier() {}

  /** The name between brackets: {@code [dim_title]}. */
  static String quote(String name) {
    String problem = problem(name);
    if (problem != null) {
      // The name itself is left out: it may be long, binary, or something a caller should not log.
      throw new IllegalArgumentException("not a usable SQL identifier: " + problem);
    }
    return "[" + name + "]";
  }

  /** A two-part name: {@code [gold].[dim_title]}. */
  static String quote(String schema, String name) {
    return quote(schema) + "." + quote(name);
  }

  /** Why the name is refused, or null when it is usable. */
  static String problem(String name) {
    if (name == null || name.isEmpty()) {
      return "it is empty";
    }
    if (name.length() > MAX_LENGTH) {
      return "it is " + name.length() + " characters long, more than " + MAX_LENGTH;
    }
    for (int i = 0; i < name.length(); i++) {
      String feature = forbidden(name.charAt(i));
      if (feature != null) {
        return "it contains " + feature + " at position " + (i + 1);
      }
    }
    return null;
  }

  private static String forbidden(char c) {
    return switch (c) {
      case ']' -> "']' (which would close the quoting)";
      case ';' -> "';' (a statement separator)";
      case '\'' -> "a single quote";
      case '"' -> "a double quote";
      case '\0' -> "a NUL character";
      default -> null;
    };
  }
}
