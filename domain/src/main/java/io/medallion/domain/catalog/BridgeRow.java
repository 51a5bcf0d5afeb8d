package io.medallion.domain.catalog;

import java.util.Objects;

/** One pair of a bridge: a show id and a trimmed, non-blank name. */
public record BridgeRow(Bridge bridge, String showId, String value) {

  public BridgeRow {
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(showId, "showId");
    if (value == null || TitleCleaning.trim(value).isEmpty()) {
      throw new IllegalArgumentException("a bridge row needs a name: " + showId);
    }
    value = TitleCleaning.trim(value);
  }
}
