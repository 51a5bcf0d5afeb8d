package io.medallion.application.service;

import static io.medallion.domain.catalog.Columns.IS_CURRENT;
import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static io.medallion.domain.catalog.Columns.VALID_FROM;
import static io.medallion.domain.catalog.Columns.VALID_TO;

import io.medallion.application.port.in.ExplainTitleUseCase;
import io.medallion.application.port.in.TitleStory;
import io.medallion.application.port.in.TitleStory.BronzeRecord;
import io.medallion.application.port.in.TitleStory.QuarantinedRow;
import io.medallion.application.port.in.TitleStory.TableRows;
import io.medallion.application.port.in.TitleStory.Version;
import io.medallion.application.port.out.LakeRows;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.table.TableName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a title's story from the rows the lake holds of it ({@link LakeRows}), table by table as
 * the plan names them; the expectations' verdicts are the domain's rules run on its bronze records
 * as silver sees them ({@link TitleChecks}).
 */
public final class ExplainService implements ExplainTitleUseCase {

  private final LakeRows lake;
  private final MedallionPlan plan;

  public ExplainService(LakeRows lake, MedallionPlan plan) {
    this.lake = lake;
    this.plan = plan;
  }

  @Override
  public Optional<TitleStory> explain(String showId) {
    if (showId == null || showId.isBlank()) {
      throw new IllegalArgumentException("name a show id, such as s1");
    }
    Optional<Map<String, Object>> dimension = first(GoldTable.DIM_TITLE.table(), showId);
    List<TableRows> bridges =
        plan.gold().stream()
            .filter(g -> g.table().bridge().isPresent())
            .map(g -> new TableRows(g.target(), rows(g.target(), showId)))
            .toList();
    TitleStory story =
        new TitleStory(
            showId,
            bronze(showId),
            quarantine(showId),
            titles().flatMap(t -> first(t.target(), showId)),
            versions(showId),
            dimension,
            bridges,
            dimension.map(d -> TitleGroups.of(d, bridges, aggregates(), lake)).orElse(List.of()));
    return story.isEmpty() ? Optional.empty() : Optional.of(story);
  }

  private List<BronzeRecord> bronze(String showId) {
    Optional<TitleChecks> checks = titles().map(TitleChecks::new);
    List<BronzeRecord> records = new ArrayList<>();
    for (BronzeSpec spec : plan.bronze()) {
      for (Map<String, Object> row : rows(spec.target(), showId)) {
        records.add(
            new BronzeRecord(
                spec.target(),
                text(row.get(BronzeSpec.SOURCE_FILE)),
                row.get(BronzeSpec.RECORD_INDEX) instanceof Number n ? n.longValue() : null,
                text(row.get(BronzeSpec.RUN_ID)),
                instant(row.get(BronzeSpec.INGESTED_AT)),
                values(row, spec.feed()),
                checks.map(c -> c.on(spec, row)).orElse(List.of())));
      }
    }
    return records;
  }

  private List<QuarantinedRow> quarantine(String showId) {
    List<QuarantinedRow> quarantined = new ArrayList<>();
    for (SilverSpec spec : plan.silver()) {
      for (Map<String, Object> row : rows(spec.target().quarantine(), showId)) {
        quarantined.add(
            new QuarantinedRow(
                spec.target().quarantine(),
                text(row.get(BronzeSpec.SOURCE_FILE)),
                failedRules(row.get(SilverSpec.FAILED_RULES)),
                values(row, spec.feed())));
      }
    }
    return quarantined;
  }

  private List<Version> versions(String showId) {
    List<String> columns = titles().map(SilverSpec::columns).orElse(List.of());
    return rows(SilverSpec.TITLE_HISTORY, showId).stream()
        .map(
            row -> {
              Map<String, Object> values = new LinkedHashMap<>();
              columns.forEach(c -> values.put(c, row.get(c)));
              return new Version(
                  instant(row.get(VALID_FROM)),
                  Optional.ofNullable(instant(row.get(VALID_TO))),
                  Boolean.TRUE.equals(row.get(IS_CURRENT)),
                  values);
            })
        .sorted(
            Comparator.comparing(
                Version::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /** A row's values under its feed's columns, and the raw record when it could not be split. */
  private static Map<String, Object> values(Map<String, Object> row, Feed feed) {
    Map<String, Object> values = new LinkedHashMap<>();
    feed.columns().forEach(c -> values.put(c, row.get(c)));
    for (String extra : List.of(BronzeSpec.CORRUPT_RECORD, BronzeSpec.RESCUED_DATA)) {
      if (row.get(extra) != null) {
        values.put(extra, row.get(extra));
      }
    }
    return values;
  }

  private Optional<SilverSpec> titles() {
    return plan.silver().stream().filter(s -> s.feed() == Feed.TITLES).findFirst();
  }

  private List<GoldSpec> aggregates() {
    return plan.gold().stream().filter(g -> g.table().isAggregate()).toList();
  }

  private Optional<Map<String, Object>> first(TableName table, String showId) {
    return rows(table, showId).stream().findFirst();
  }

  private List<Map<String, Object>> rows(TableName table, String id) {
    return lake.rowsWhere(table, SHOW_ID, id);
  }

  // Spark keeps the failed rules as an array, a text column would hold them comma-joined.
  private static List<String> failedRules(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(value.toString().split(",\\s*"));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static Instant instant(Object value) {
    return value instanceof Instant at
        ? at
        : value == null ? null : Instant.parse(value.toString());
  }
}
