package io.medallion.application.service;

import io.medallion.application.port.in.ProtectTableUseCase;
import io.medallion.application.port.out.LakeReset;
import io.medallion.application.port.out.LakeReset.ResettableTable;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;

/**
 * Sets a table's full-refresh mark through the {@link LakeReset} port, for existing tables only.
 */
public final class ProtectionService implements ProtectTableUseCase {

  private final LakeReset reset;

  public ProtectionService(LakeReset reset) {
    this.reset = reset;
  }

  @Override
  public void protect(TableName table, boolean keep) {
    if (table.layer() == Layer.META) {
      throw new IllegalArgumentException(
          table + " is the pipeline's own record: a full refresh never resets it");
    }
    if (reset.tables().stream().map(ResettableTable::table).noneMatch(table::equals)) {
      throw new IllegalArgumentException(
          "no table " + table + " in the lake (a run creates it; see `medallion tables`)");
    }
    reset.allowReset(table, !keep);
  }
}
