package io.medallion.application.port.out;

import io.medallion.domain.table.TableName;
import java.util.List;

/**
 * Clears what a full refresh rebuilds: the lake's bronze, silver and gold tables with what
 * remembers their inputs (bronze's streaming checkpoints), never the raw zone, the landing folder
 * or the pipeline's own records. A table marked to keep makes a full refresh refuse.
 */
public interface LakeReset {

  /** Every bronze, silver and gold table of the lake, each with whether it may be reset. */
  List<ResettableTable> tables();

  /**
   * Removes each table, in the order given, each at once (a crash leaves a table whole or gone),
   * with its checkpoint removed before it; a table already gone is skipped.
   */
  void reset(List<TableName> tables);

  /** Marks a table so that a full refresh refuses to reset it ({@code false}), or lifts it. */
  void allowReset(TableName table, boolean allowed);

  /** A table and its mark. */
  record ResettableTable(TableName table, boolean resetAllowed) {}
}
