package io.medallion.adapters.dashboard;

/** One column of a reporting view and how its text becomes a JSON value. */
record ViewColumn(String name, Type type) {

  /** The JSON shape a column takes on the page. */
  enum Type {
    TEXT,
    NUMBER,
    DATE,
    INSTANT,
    LIST
  }

  /** A list's items, joined by a character no country, category or name holds. */
  static final char LIST_SEPARATOR = '\u001f';

  static ViewColumn parse(String spec) {
    String[] parts = spec.split(":");
    return new ViewColumn(parts[0], Type.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)));
  }

  String selectExpression() {
    switch (type) {
      case DATE:
        return "CAST(" + name + " AS VARCHAR) AS " + name;
      case INSTANT:
        // ISO with a Z, so the browser reads it as UTC whatever the viewer's zone.
        return "strftime(CAST(" + name + " AS TIMESTAMP), '%Y-%m-%dT%H:%M:%SZ') AS " + name;
      case LIST:
        return "array_to_string(" + name + ", chr(31)) AS " + name;
      default:
        return name;
    }
  }
}
