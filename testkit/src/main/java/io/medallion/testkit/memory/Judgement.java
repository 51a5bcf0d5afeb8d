package io.medallion.testkit.memory;

import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.quality.Judging;
import io.medallion.domain.quality.Rule;
import io.medallion.domain.table.TableName;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Every expectation of a table judged on every row once; the verdicts count and split the rows. */
final class Judgement {

  private final Judging judging;
  private final List<Expectation> expectations;
  private final List<Map<String, Object>> rows;
  private final List<BitSet> failed = new ArrayList<>();

  /** Judges {@code rows}; a rule over another table reads that table's rows from {@code tables}. */
  Judgement(
      List<Expectation> expectations,
      List<Map<String, Object>> rows,
      Function<TableName, List<Map<String, Object>>> tables) {
    this.judging = new Judging(expectations);
    this.expectations = judging.expectations();
    this.rows = rows;
    List<Map<String, Object>> derived = derived(judging.tableRules(), rows, tables);
    for (Map<String, Object> row : rows) {
      BitSet verdicts = new BitSet(expectations.size());
      for (int e = 0; e < expectations.size(); e++) {
        verdicts.set(e, !expectations.get(e).rule().test(derived.get(failed.size())::get));
      }
      failed.add(verdicts);
    }
  }

  /**
   * Each row with the values the table rules read: how many rows share its key, and whether its
   * value exists in another table. The rows themselves are left as they are.
   */
  private static List<Map<String, Object>> derived(
      List<Rule> tableRules,
      List<Map<String, Object>> rows,
      Function<TableName, List<Map<String, Object>>> tables) {
    List<Map<String, Object>> derived = new ArrayList<>();
    rows.forEach(r -> derived.add(new HashMap<>(r)));
    tableRules.forEach(
        rule -> {
          if (rule instanceof Rule.IsUniqueKey key) {
            Map<List<Object>, Long> counts =
                derived.stream()
                    .collect(Collectors.groupingBy(r -> keyOf(r, key), Collectors.counting()));
            derived.forEach(r -> r.put(key.countColumn(), counts.get(keyOf(r, key))));
          } else if (rule instanceof Rule.ReferenceExists ref) {
            Set<Object> values =
                tables.apply(ref.table()).stream()
                    .map(r -> r.get(ref.tableColumn()))
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            derived.forEach(r -> r.put(ref.flagColumn(), values.contains(r.get(ref.column()))));
          }
        });
    return derived;
  }

  private static List<Object> keyOf(Map<String, Object> row, Rule.IsUniqueKey key) {
    List<Object> values = new ArrayList<>();
    key.columns().forEach(c -> values.add(row.get(c)));
    return values;
  }

  /** Each expectation's passed and failed counts, in spec order. */
  List<ExpectationResult> results() {
    List<Long> failing = new ArrayList<>();
    for (int e = 0; e < expectations.size(); e++) {
      failing.add(failing(e));
    }
    return judging.results(rows.size(), failing);
  }

  /** Throws for the first fail expectation that stops the table, naming a few of its keys. */
  void stopOnFailure(String table, String keyColumn) {
    List<ExpectationResult> results = results();
    judging
        .stopping(results)
        .ifPresent(
            e -> {
              throw Judging.stopped(
                  table, results.get(e).name(), results.get(e).failed(), failingKeys(e, keyColumn));
            });
  }

  /** The rows no quarantine or drop expectation turned away, in order. */
  List<Map<String, Object>> kept() {
    List<Map<String, Object>> kept = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      if (!quarantined(r) && !dropped(r)) {
        kept.add(rows.get(r));
      }
    }
    return kept;
  }

  /** The quarantined rows, each with the names of its failed quarantine rules in {@code column}. */
  List<Map<String, Object>> quarantined(String column) {
    List<Map<String, Object>> quarantined = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      if (quarantined(r)) {
        Map<String, Object> row = new LinkedHashMap<>(rows.get(r));
        row.put(column, failedRules(r, Action.QUARANTINE));
        quarantined.add(row);
      }
    }
    return quarantined;
  }

  /** How many rows a drop expectation removed; a quarantined row is not counted here. */
  long dropped() {
    return IntStream.range(0, rows.size()).filter(this::dropped).count();
  }

  private boolean quarantined(int row) {
    return fate(row) == Action.QUARANTINE;
  }

  private boolean dropped(int row) {
    return fate(row) == Action.DROP;
  }

  // The first action turning rows away that the row failed, or null for a kept row.
  private Action fate(int row) {
    return Judging.TURNED_AWAY_BY.stream()
        .filter(action -> !failedRules(row, action).isEmpty())
        .findFirst()
        .orElse(null);
  }

  private List<String> failedRules(int row, Action action) {
    List<String> names = new ArrayList<>();
    BitSet verdicts = failed.get(row);
    for (int e = verdicts.nextSetBit(0); e >= 0; e = verdicts.nextSetBit(e + 1)) {
      if (expectations.get(e).action() == action) {
        names.add(expectations.get(e).name());
      }
    }
    return names;
  }

  private List<String> failingKeys(int expectation, String keyColumn) {
    List<String> sample = new ArrayList<>();
    for (int r = 0; r < rows.size() && sample.size() < Judging.SAMPLE_KEYS; r++) {
      if (failed.get(r).get(expectation)) {
        sample.add(String.valueOf(rows.get(r).get(keyColumn)));
      }
    }
    return sample;
  }

  private long failing(int expectation) {
    return failed.stream().filter(v -> v.get(expectation)).count();
  }
}
