package io.medallion.adapters.synapse;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Which SQL errors are worth retrying on a new connection: the error numbers Microsoft lists as
 * transient for Azure SQL and Synapse, found anywhere in an exception's causes or chained errors.
 */
final class TransientErrors {

  private static final Set<Integer> NUMBERS =
      Set.of(
          40613, 40501, 40197, 40143, 40540, 49918, 49919, 49920, 4060, 4221, 10928, 10929, 1205,
          1222, 233, 10053, 10054, 64);

  // The driver reports a broken connection itself, with SQLState 08S01 and no server number.
  private static final String LINK_FAILURE = "08S01";

  private TransientErrors() {}

  static boolean isTransient(Throwable failure) {
    return transientCode(failure) != null;
  }

  /** The first transient error number (or SQLState) in the failure, or null. */
  static String transientCode(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return search(failure, seen);
  }

  // Suppressed failures (a clean-up that broke after the real error) do not make it transient.
  private static String search(Throwable failure, Set<Throwable> seen) {
    if (failure == null || !seen.add(failure)) {
      return null;
    }
    if (failure instanceof SQLException sql) {
      if (NUMBERS.contains(sql.getErrorCode())) {
        return String.valueOf(sql.getErrorCode());
      }
      if (LINK_FAILURE.equals(sql.getSQLState())) {
        return LINK_FAILURE;
      }
      String next = search(sql.getNextException(), seen);
      if (next != null) {
        return next;
      }
    }
    return search(failure.getCause(), seen);
  }
}
