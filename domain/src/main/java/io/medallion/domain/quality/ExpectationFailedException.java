package io.medallion.domain.quality;

import java.util.List;

/** A fail expectation was violated: the run stops and the target table is left as it was. */
public final class ExpectationFailedException extends RuntimeException {

  private final String table;
  private final String expectation;
  private final long failing;
  private final List<String> sampleKeys;

  public ExpectationFailedException(
      String table, String expectation, long failing, List<String> sampleKeys) {
    super(
        "expectation %s failed on %s: %d row(s) violate it, e.g. keys %s"
            .formatted(expectation, table, failing, sampleKeys));
    this.table = table;
    this.expectation = expectation;
    this.failing = failing;
    this.sampleKeys = List.copyOf(sampleKeys);
  }

  public String table() {
    return table;
  }

  public String expectation() {
    return expectation;
  }

  public long failing() {
    return failing;
  }

  public List<String> sampleKeys() {
    return sampleKeys;
  }
}
