package io.medallion.application.port.in;

import io.medallion.domain.quality.Action;
import io.medallion.domain.table.TableName;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a title came from and where it went, layer by layer: its bronze records (with the silver
 * expectations each title record passed or failed), its quarantined rows and why, its silver row
 * and versions, its gold rows and the aggregate groups it counts in. Rows are column-to-value maps
 * as the lake holds them.
 */
public record TitleStory(
    String showId,
    List<BronzeRecord> bronze,
    List<QuarantinedRow> quarantine,
    Optional<Map<String, Object>> silver,
    List<Version> versions,
    Optional<Map<String, Object>> dimension,
    List<TableRows> bridges,
    List<TableRows> aggregates) {

  public TitleStory {
    bronze = List.copyOf(bronze);
    quarantine = List.copyOf(quarantine);
    versions = List.copyOf(versions);
    bridges = List.copyOf(bridges);
    aggregates = List.copyOf(aggregates);
  }

  /** True when no layer holds the title. */
  public boolean isEmpty() {
    return bronze.isEmpty()
        && quarantine.isEmpty()
        && silver.isEmpty()
        && versions.isEmpty()
        && dimension.isEmpty()
        && bridges.stream().allMatch(b -> b.rows().isEmpty());
  }

  /**
   * A bronze row of the title: the file and record it was read from, the run that ingested it, its
   * values, and for a title record the verdict of each silver expectation on it.
   */
  public record BronzeRecord(
      TableName table,
      String sourceFile,
      Long recordIndex,
      String runId,
      Instant ingestedAt,
      Map<String, Object> values,
      List<Check> checks) {
    public BronzeRecord {
      checks = List.copyOf(checks);
    }
  }

  /** A silver expectation's verdict on one record. */
  public record Check(String expectation, Action action, boolean passed) {}

  /** A quarantined row of the title: its raw values and the expectations it failed. */
  public record QuarantinedRow(
      TableName table, String sourceFile, List<String> failedRules, Map<String, Object> values) {
    public QuarantinedRow {
      failedRules = List.copyOf(failedRules);
    }
  }

  /** A version of the title in the title history; {@code validTo} is empty while it is current. */
  public record Version(
      Instant validFrom, Optional<Instant> validTo, boolean current, Map<String, Object> values) {}

  /** A table's rows of the title. */
  public record TableRows(TableName table, List<Map<String, Object>> rows) {}
}
