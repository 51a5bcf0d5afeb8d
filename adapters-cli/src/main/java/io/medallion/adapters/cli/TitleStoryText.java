package io.medallion.adapters.cli;

import io.medallion.application.port.in.TitleStory;
import io.medallion.application.port.in.TitleStory.BronzeRecord;
import io.medallion.application.port.in.TitleStory.Check;
import io.medallion.application.port.in.TitleStory.QuarantinedRow;
import io.medallion.application.port.in.TitleStory.TableRows;
import io.medallion.application.port.in.TitleStory.Version;
import io.medallion.domain.catalog.Columns;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A title's story for people: a section per layer, a line per row, values as {@code column=value}
 * (nulls left out), the expectations a record failed named and the others counted.
 */
final class TitleStoryText {

  private TitleStoryText() {}

  static void print(PrintWriter out, TitleStory story) {
    out.println("title " + story.showId());
    out.println("bronze");
    story.bronze().forEach(r -> bronze(out, r));
    out.println("quarantine");
    if (story.quarantine().isEmpty()) {
      out.println("  none");
    }
    story.quarantine().forEach(q -> quarantined(out, q));
    out.println("silver");
    out.println("  silver.titles  " + story.silver().map(TitleStoryText::values).orElse("none"));
    versions(out, story.versions());
    out.println("gold");
    out.println(
        "  gold.dim_title  " + story.dimension().map(TitleStoryText::values).orElse("none"));
    story.bridges().forEach(b -> bridge(out, b));
    story.aggregates().forEach(a -> aggregate(out, a));
    out.flush();
  }

  // A lookup record fits on its line; a title record's values and verdicts follow it.
  private static void bronze(PrintWriter out, BronzeRecord record) {
    String source =
        "  %s  %s record %s  run %s  ingested %s"
            .formatted(
                record.table(),
                record.sourceFile(),
                record.recordIndex(),
                record.runId(),
                time(record.ingestedAt()));
    if (record.checks().isEmpty()) {
      out.println(source + "  " + values(record.values()));
      return;
    }
    out.println(source);
    out.println("    " + values(record.values()));
    out.println("    " + checks(record.checks()));
  }

  private static String checks(List<Check> checks) {
    List<String> failed =
        checks.stream()
            .filter(c -> !c.passed())
            .map(c -> c.expectation() + " (" + c.action().name().toLowerCase(Locale.ROOT) + ")")
            .toList();
    String passed = "passed " + (checks.size() - failed.size()) + " of " + checks.size();
    return failed.isEmpty() ? passed : passed + "; failed " + String.join(", ", failed);
  }

  private static void quarantined(PrintWriter out, QuarantinedRow row) {
    out.println(
        "  %s  failed %s  from %s"
            .formatted(row.table(), String.join(", ", row.failedRules()), row.sourceFile()));
    out.println("    " + values(row.values()));
  }

  // Each version after the first names only what it changed.
  private static void versions(PrintWriter out, List<Version> versions) {
    Map<String, Object> before = null;
    for (Version version : versions) {
      out.println(
          "  version from %s %s  %s"
              .formatted(
                  time(version.validFrom()),
                  version.validTo().map(t -> "to " + time(t)).orElse("(current)"),
                  before == null ? "first seen" : changes(before, version.values())));
      before = version.values();
    }
  }

  private static String changes(Map<String, Object> before, Map<String, Object> after) {
    String changed =
        after.entrySet().stream()
            .filter(e -> !e.getKey().startsWith("_"))
            .filter(e -> !Objects.equals(before.get(e.getKey()), e.getValue()))
            .map(e -> e.getKey() + ": " + before.get(e.getKey()) + " -> " + e.getValue())
            .collect(Collectors.joining(", "));
    return changed.isEmpty() ? "same values" : changed;
  }

  private static void bridge(PrintWriter out, TableRows bridge) {
    String names =
        bridge.rows().stream()
            .map(
                r ->
                    r.entrySet().stream()
                        .filter(e -> !e.getKey().equals(Columns.SHOW_ID))
                        .map(e -> String.valueOf(e.getValue()))
                        .collect(Collectors.joining(" ")))
            .collect(Collectors.joining("; "));
    out.println("  " + bridge.table() + "  " + (names.isEmpty() ? "none" : names));
  }

  private static void aggregate(PrintWriter out, TableRows aggregate) {
    String groups =
        aggregate.rows().stream()
            .map(
                r ->
                    r.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" ")))
            .collect(Collectors.joining("; "));
    out.println("  " + aggregate.table() + "  " + (groups.isEmpty() ? "none" : groups));
  }

  private static String values(Map<String, Object> row) {
    return row.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getKey().startsWith("_"))
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String time(Instant at) {
    return Objects.toString(at == null ? null : at.truncatedTo(ChronoUnit.SECONDS));
  }
}
