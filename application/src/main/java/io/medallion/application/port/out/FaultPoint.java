package io.medallion.application.port.out;

import java.util.Arrays;
import java.util.Locale;

/**
 * The moments of a run where a crash test halts the process, in the order a run reaches them; each
 * is named as the {@code medallion.crash-at} switch spells it ({@code land-before-rename}).
 */
public enum FaultPoint {
  /** The lake is locked and the run recorded as started; nothing else done. */
  RUN_LOCKED,
  /** A full refresh has reset its first table, not the others. */
  RESET_MID,
  /** A landed file is written under its hidden temporary name, not yet renamed. */
  LAND_BEFORE_RENAME,
  /** A landed file is renamed into place; the ingestion ledger does not know it yet. */
  LAND_AFTER_RENAME,
  /** The first lookup is in the ledger, the others not fetched yet. */
  INGEST_MID,
  /** Bronze is writing data files of a batch, not committed. */
  BRONZE_MID_WRITE,
  /** A bronze batch is committed to Delta, its streaming checkpoint not yet. */
  BRONZE_BEFORE_CHECKPOINT,
  /** A silver table's quarantine is committed, the table itself not yet. */
  SILVER_AFTER_QUARANTINE,
  /** A silver MERGE is writing data files, not committed. */
  SILVER_MID_MERGE,
  /** The first silver table is committed, the others not. */
  SILVER_BETWEEN_TABLES,
  /** A gold table is writing data files, not committed. */
  GOLD_MID_WRITE,
  /** The first gold table is committed, the others not. */
  GOLD_BETWEEN_TABLES,
  /** The warehouse has loaded one table inside its transaction, not committed. */
  SERVE_MID_LOAD,
  /** Everything is served; the run is not yet recorded as succeeded. */
  RUN_BEFORE_RECORD;

  /** The switch's spelling: {@code bronze-mid-write}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The point the switch names; an unknown name is refused listing the known ones. */
  public static FaultPoint of(String id) {
    return Arrays.stream(values())
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no fault point "
                        + id
                        + "; known: "
                        + Arrays.stream(values()).map(FaultPoint::id).toList()));
  }
}
