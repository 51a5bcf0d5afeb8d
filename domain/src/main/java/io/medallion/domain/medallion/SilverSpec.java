package io.medallion.domain.medallion;

import io.medallion.domain.quality.Expectation;
import java.util.List;

/**
 * Refine a bronze table into a silver one: check the expectations on the raw values, clean and type
 * the kept rows, keep one row per key (the latest ingested wins). Quarantined rows go to {@code
 * target.quarantine()}.
 */
public record SilverSpec(
    Feed feed,
    TableName source,
    TableName target,
    List<String> key,
    List<Expectation> expectations) {

  public SilverSpec {
    if (source.layer() != Layer.BRONZE || target.layer() != Layer.SILVER) {
      throw new IllegalArgumentException("silver refines bronze: " + source + " -> " + target);
    }
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a silver table needs a key: " + target);
    }
    key = List.copyOf(key);
    expectations = List.copyOf(expectations);
  }
}
