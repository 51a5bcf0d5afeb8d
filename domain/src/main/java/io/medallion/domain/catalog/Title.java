package io.medallion.domain.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One catalogue title as silver and gold hold it: typed and cleaned. Exactly one of the two
 * durations is set, matching the kind; the optional fields may be null.
 */
public record Title(
    String showId,
    Kind kind,
    String title,
    String shortTitle,
    LocalDate dateAdded,
    Integer releaseYear,
    String rating,
    Integer durationMinutes,
    Integer durationSeasons,
    String description) {

  public Title {
    Objects.requireNonNull(showId, "showId");
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.MOVIE && durationSeasons != null) {
      throw new IllegalArgumentException("a movie has no seasons: " + showId);
    }
    if (kind == Kind.TV_SHOW && durationMinutes != null) {
      throw new IllegalArgumentException("a TV show has no minutes: " + showId);
    }
  }

  public int typeFlag() {
    return kind.typeFlag();
  }
}
