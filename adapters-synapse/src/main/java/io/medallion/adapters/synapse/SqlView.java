package io.medallion.adapters.synapse;

import java.util.Objects;

/**
 * A view the warehouse serves beside the gold tables, recreated after every load. Its select is
 * this module's own T-SQL, never user input; its names are checked like every other identifier.
 */
record SqlView(String schema, String name, String select) {

  SqlView {
    SqlIdentifier.quote(schema, name);
    Objects.requireNonNull(select, "select");
  }

  String drop() {
    return "DROP VIEW " + SqlIdentifier.quote(schema, name);
  }

  String create() {
    return "CREATE VIEW " + SqlIdentifier.quote(schema, name) + " AS\n" + select.strip();
  }
}
