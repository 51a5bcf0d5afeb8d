package io.medallion.domain.quality;

/** What happens to the rows that violate an expectation, as in Delta Live Tables. */
public enum Action {
  /** Keep the row and count it. */
  WARN,
  /** Remove the row and count it. */
  DROP,
  /** Move the row to the table's quarantine table with the names of the rules it failed. */
  QUARANTINE,
  /** Stop the run before the target table is written. */
  FAIL
}
