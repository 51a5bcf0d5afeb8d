package io.medallion.domain.catalog;

import java.util.Arrays;
import java.util.Optional;

/** What a catalogue title is: a movie (duration in minutes) or a TV show (duration in seasons). */
public enum Kind {
  MOVIE("Movie", 1),
  TV_SHOW("TV Show", 2);

  private final String label;
  private final int typeFlag;

  Kind(String label, int typeFlag) {
    this.label = label;
    this.typeFlag = typeFlag;
  }

  /** The label used in source files and in gold, e.g. {@code TV Show}. */
  public String label() {
    return label;
  }

  /** The tutorial's numeric flag: 1 for a movie, 2 for a TV show. */
  public int typeFlag() {
    return typeFlag;
  }

  /** The kind whose label equals {@code label} exactly, or empty (also for null). */
  public static Optional<Kind> fromLabel(String label) {
    return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
  }
}
