package io.medallion.adapters.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medallion.application.port.in.TitleStory;
import io.medallion.application.port.in.TitleStory.BronzeRecord;
import io.medallion.application.port.in.TitleStory.Check;
import io.medallion.application.port.in.TitleStory.QuarantinedRow;
import io.medallion.application.port.in.TitleStory.TableRows;
import io.medallion.application.port.in.TitleStory.Version;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A title's story as one JSON document, for tools: numbers and booleans as JSON's, times and dates
 * as ISO text, tables by their {@code layer.name}.
 */
final class TitleStoryJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TitleStoryJson() {}

  static String of(TitleStory story) {
    ObjectNode root = NODES.objectNode();
    root.put("show_id", story.showId());
    ArrayNode bronze = root.putArray("bronze");
    story.bronze().forEach(r -> bronze.add(bronze(r)));
    ArrayNode quarantine = root.putArray("quarantine");
    story.quarantine().forEach(q -> quarantine.add(quarantined(q)));
    root.set("silver", value(story.silver().orElse(null)));
    ArrayNode versions = root.putArray("versions");
    story.versions().forEach(v -> versions.add(version(v)));
    ObjectNode gold = root.putObject("gold");
    gold.set("dim_title", value(story.dimension().orElse(null)));
    gold.set("bridges", tables(story.bridges()));
    gold.set("aggregates", tables(story.aggregates()));
    try {
      return JSON.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a title's story could not be written as JSON", e);
    }
  }

  private static ObjectNode bronze(BronzeRecord record) {
    ObjectNode node = NODES.objectNode();
    node.put("table", record.table().toString());
    node.put("source_file", record.sourceFile());
    node.set("record_index", value(record.recordIndex()));
    node.put("run_id", record.runId());
    node.set("ingested_at", value(record.ingestedAt()));
    node.set("values", value(record.values()));
    ArrayNode checks = node.putArray("checks");
    for (Check check : record.checks()) {
      checks
          .addObject()
          .put("expectation", check.expectation())
          .put("action", check.action().name().toLowerCase(Locale.ROOT))
          .put("passed", check.passed());
    }
    return node;
  }

  private static ObjectNode quarantined(QuarantinedRow row) {
    ObjectNode node = NODES.objectNode();
    node.put("table", row.table().toString());
    node.put("source_file", row.sourceFile());
    node.set("failed_rules", value(row.failedRules()));
    node.set("values", value(row.values()));
    return node;
  }

  private static ObjectNode version(Version version) {
    ObjectNode node = NODES.objectNode();
    node.set("valid_from", value(version.validFrom()));
    node.set("valid_to", value(version.validTo().orElse(null)));
    node.put("current", version.current());
    node.set("values", value(version.values()));
    return node;
  }

  private static ObjectNode tables(List<TableRows> tables) {
    ObjectNode node = NODES.objectNode();
    tables.forEach(t -> node.set(t.table().toString(), value(t.rows())));
    return node;
  }

  private static JsonNode value(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      map.forEach((k, v) -> node.set(String.valueOf(k), value(v)));
      return node;
    }
    if (value instanceof List<?> list) {
      ArrayNode node = NODES.arrayNode();
      list.forEach(v -> node.add(value(v)));
      return node;
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Number n) {
      return NODES.numberNode(n.doubleValue());
    }
    return NODES.textNode(value.toString());
  }
}
