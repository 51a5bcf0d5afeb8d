package io.medallion.generator;

import java.util.HashSet;
import java.util.List;

/** The names of one multi-valued column, counted as {@link BridgeCounts} counts a lookup file. */
final class NameTally {

  private long rows;
  private long withoutValidTitle;
  private long duplicates;
  private long emptyNames;
  private long paddedNames;

  /** Counts the names of one record; {@code copy} for a later copy of a title written before. */
  void count(List<String> names, boolean valid, boolean copy) {
    rows += names.size();
    withoutValidTitle += valid ? 0 : names.size();
    // a later copy repeats every name of its title, which itself repeats none
    duplicates += copy ? names.size() : names.size() - new HashSet<>(names).size();
    for (String name : names) {
      emptyNames += name.isBlank() ? 1 : 0;
      paddedNames += !name.isBlank() && !name.equals(name.strip()) ? 1 : 0;
    }
  }

  BridgeCounts counts() {
    return new BridgeCounts(rows, 0, withoutValidTitle, duplicates, emptyNames, paddedNames);
  }
}
