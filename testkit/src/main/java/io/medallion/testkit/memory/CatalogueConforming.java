package io.medallion.testkit.memory;

import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.CatalogueConform;
import io.medallion.domain.medallion.Feed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bronze rows of the catalogue's layout in the shape of a tutorial feed's bronze rows, as {@link
 * CatalogueConform} maps them, each keeping the bronze metadata of the record it came from.
 */
final class CatalogueConforming {

  /** The bronze columns a conformed row keeps: where it came from and how it was read. */
  private static final List<String> METADATA =
      List.of(
          BronzeSpec.CORRUPT_RECORD,
          BronzeSpec.RESCUED_DATA,
          BronzeSpec.SOURCE_FILE,
          BronzeSpec.INGESTED_AT,
          BronzeSpec.RUN_ID,
          BronzeLoading.RECORD_INDEX);

  private CatalogueConforming() {}

  /** The catalogue rows as rows of {@code feed}: one title per record, or one row per name. */
  static List<Map<String, Object>> conformed(Feed feed, List<Map<String, Object>> catalogue) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> bronze : catalogue) {
      Map<String, String> record = record(bronze);
      if (feed.nameColumn().isEmpty()) {
        rows.add(title(record, bronze));
      } else {
        for (String name : CatalogueConform.names(feed, record)) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put(feed.nameColumn().get(), name);
          row.put("show_id", record.get("show_id"));
          rows.add(withMetadata(row, bronze));
        }
      }
    }
    return rows;
  }

  // In the order of a titles bronze row with the repair column after, as the quarantine holds it.
  private static Map<String, Object> title(Map<String, String> record, Map<String, Object> bronze) {
    Map<String, String> title = CatalogueConform.title(record);
    Map<String, Object> row = new LinkedHashMap<>();
    Feed.TITLES.columns().forEach(c -> row.put(c, title.get(c)));
    withMetadata(row, bronze);
    row.put(
        CatalogueConform.DURATION_FROM_RATING, title.get(CatalogueConform.DURATION_FROM_RATING));
    return row;
  }

  private static Map<String, String> record(Map<String, Object> bronze) {
    Map<String, String> record = new LinkedHashMap<>();
    for (String column : Feed.CATALOGUE.columns()) {
      Object value = bronze.get(column);
      record.put(column, value == null ? null : value.toString());
    }
    return record;
  }

  private static Map<String, Object> withMetadata(
      Map<String, Object> row, Map<String, Object> bronze) {
    METADATA.forEach(c -> row.put(c, bronze.get(c)));
    return row;
  }
}
