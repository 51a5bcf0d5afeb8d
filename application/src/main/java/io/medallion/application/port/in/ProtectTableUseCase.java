package io.medallion.application.port.in;

import io.medallion.domain.table.TableName;

/**
 * Marks a lake table so that a full refresh refuses to reset it (Delta Live Tables' {@code
 * pipelines.reset.allowed = false}), or lifts the mark; marking twice changes nothing.
 */
public interface ProtectTableUseCase {
  void protect(TableName table, boolean keep);
}
