package io.medallion.domain.quality;

/**
 * How many failing rows a check lets pass before it acts, as dbt's {@code error_if} and Soda's
 * thresholds: it acts when the failing rows are more than {@code maxRows} <em>and</em> more than
 * {@code maxShare} of all rows. The default tolerates no failing row at all.
 */
public record Tolerance(long maxRows, double maxShare) {

  private static final Tolerance NONE = new Tolerance(0, 0.0);

  public Tolerance {
    if (maxRows < 0 || Double.isNaN(maxShare) || maxShare < 0 || maxShare > 1) {
      throw new IllegalArgumentException("a tolerance is a count >= 0 and a share in [0, 1]");
    }
  }

  /** No failing row is tolerated. */
  public static Tolerance none() {
    return NONE;
  }

  /** Up to {@code rows} failing rows are tolerated. */
  public static Tolerance rows(long rows) {
    return new Tolerance(rows, 0.0);
  }

  /** Failing rows up to {@code share} of all rows (0.05 = 5%) are tolerated. */
  public static Tolerance share(double share) {
    return new Tolerance(0, share);
  }

  /** True when {@code failed} of {@code rows} is more than this tolerates. */
  public boolean exceededBy(long failed, long rows) {
    double share = rows <= 0 ? 1.0 : (double) failed / rows;
    return failed > maxRows && share > maxShare;
  }

  @Override
  public String toString() {
    return "more than " + maxRows + " rows and more than " + (maxShare * 100) + "% of rows";
  }
}
