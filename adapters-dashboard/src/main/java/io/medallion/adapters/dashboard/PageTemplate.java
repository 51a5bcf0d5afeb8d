package io.medallion.adapters.dashboard;

import java.util.Map;

/** An HTML template whose {@code {{NAME}}} slots are filled in one pass over the template. */
record PageTemplate(String text) {

  /** Fills each slot; text put into a slot is never searched for further slots. */
  String fill(Map<String, String> values) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    int open;
    while ((open = text.indexOf("{{", from)) >= 0) {
      int close = text.indexOf("}}", open);
      String name = text.substring(open + 2, close);
      String value = values.get(name);
      if (value == null) {
        throw new IllegalStateException("the dashboard template has an unknown slot " + name);
      }
      out.append(text, from, open).append(value);
      from = close + 2;
    }
    return out.append(text, from, text.length()).toString();
  }
}
