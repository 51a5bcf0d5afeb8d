package io.medallion.benchmarks.peer;

import io.medallion.domain.catalog.Bridge;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldTable;
import java.util.Arrays;
import java.util.Map;

/** The names a lookup feed's bridge goes by in silver_bridge.sql and gold_bridge.sql. */
final class BridgeTables {

  private BridgeTables() {}

  static Map<String, String> silver(Feed feed) {
    return Map.of(
        "table", feed.table(),
        "name", feed.nameColumn().orElseThrow(),
        "value", feed.bridge().orElseThrow().valueColumn());
  }

  static Map<String, String> gold(Feed feed) {
    Bridge bridge = feed.bridge().orElseThrow();
    GoldTable table =
        Arrays.stream(GoldTable.values())
            .filter(t -> t.bridge().filter(bridge::equals).isPresent())
            .findFirst()
            .orElseThrow();
    return Map.of(
        "table", table.table().name(), "silver", feed.table(), "value", bridge.valueColumn());
  }
}
