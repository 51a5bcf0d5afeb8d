package io.medallion.generator;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generated title file holds. {@code records} counts CSV records, so a title broken over two
 * lines counts twice; each record is either quarantine-worthy, a valid title's first record or a
 * later duplicate of it: {@code records == quarantinedRecords + validTitles + duplicateRecords}.
 * {@code quarantinedByReason} counts the records failing each silver expectation (a record may fail
 * several); a missing name means none. {@code repairedRatings} counts the valid records whose
 * duration sits in the rating column (none in the tutorial layout).
 */
public record TitleCounts(
    long records,
    long validTitles,
    long duplicateRecords,
    long missingShowId,
    long quarantinedRecords,
    Map<String, Long> quarantinedByReason,
    long repairedRatings) {

  public TitleCounts {
    quarantinedByReason = Collections.unmodifiableMap(new TreeMap<>(quarantinedByReason));
  }

  /** The records failing the silver expectation of that name, e.g. {@code show_id_present}. */
  public long quarantinedBy(String expectation) {
    return quarantinedByReason.getOrDefault(expectation, 0L);
  }
}
