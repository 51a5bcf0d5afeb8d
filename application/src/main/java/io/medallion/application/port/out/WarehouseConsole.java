package io.medallion.application.port.out;

/**
 * The warehouse's SQL console, for a person at the {@code query} command: one statement in the
 * warehouse's own dialect, its rows returned as text (null stays null).
 */
public interface WarehouseConsole {
  QueryResult query(String sql);
}
