package io.medallion.domain.medallion;

import io.medallion.domain.quality.Expectation;
import io.medallion.domain.table.TableName;
import java.util.List;
import java.util.Objects;

/** Publish one gold table from silver, checked by its expectations before it is written. */
public record GoldSpec(GoldTable table, List<Expectation> expectations) {

  public GoldSpec {
    Objects.requireNonNull(table, "table");
    expectations = List.copyOf(expectations);
  }

  public TableName target() {
    return table.table();
  }
}
