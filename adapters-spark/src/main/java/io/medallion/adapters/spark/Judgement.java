package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.quality.Judging;
import io.medallion.domain.quality.Rule;
import io.medallion.domain.table.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * All expectations of a table evaluated in one pass, as columns: one verdict per expectation, then
 * whether the row is quarantined or dropped. The same columns count the verdicts and split the
 * rows.
 */
final class Judgement {

  static final String QUARANTINED = "_quarantined";
  static final String DROPPED = "_dropped";
  static final String FAILED_RULES = SilverSpec.FAILED_RULES;

  private final Judging judging;
  private final List<Expectation> expectations;
  private final Function<TableName, Dataset<Row>> tables;

  /** Judges by {@code expectations}; a rule over another table reads it from {@code tables}. */
  Judgement(List<Expectation> expectations, Function<TableName, Dataset<Row>> tables) {
    this.judging = new Judging(expectations);
    this.expectations = judging.expectations();
    this.tables = tables;
  }

  /** The rows with a verdict column per expectation and the quarantine and drop flags. */
  Dataset<Row> judge(Dataset<Row> rows) {
    Dataset<Row> judged = derived(rows);
    for (int i = 0; i < expectations.size(); i++) {
      judged = judged.withColumn(verdict(i), RuleColumns.compile(expectations.get(i).rule()));
    }
    // Each row goes where the first action turning it away sends it.
    Column earlier = lit(false);
    for (Action action : Judging.TURNED_AWAY_BY) {
      Column failed = anyFailed(action);
      judged = judged.withColumn(flag(action), not(earlier).and(failed));
      earlier = earlier.or(failed);
    }
    return judged;
  }

  private static String flag(Action action) {
    return switch (action) {
      case QUARANTINE -> QUARANTINED;
      case DROP -> DROPPED;
      default -> throw new IllegalArgumentException(action + " turns no row away");
    };
  }

  /**
   * One pass over judged rows counting rows, quarantined, dropped, then the failures of each
   * expectation, then {@code extra}.
   */
  Row tally(Dataset<Row> judged, Column... extra) {
    List<Column> columns = new ArrayList<>();
    columns.add(count(lit(1)));
    columns.add(sum(when(col(QUARANTINED), 1).otherwise(0)));
    columns.add(sum(when(col(DROPPED), 1).otherwise(0)));
    for (int i = 0; i < expectations.size(); i++) {
      columns.add(sum(when(col(verdict(i)), 0).otherwise(1)));
    }
    columns.addAll(List.of(extra));
    return judged
        .agg(columns.get(0), columns.subList(1, columns.size()).toArray(Column[]::new))
        .head();
  }

  /** The expectation results from a row of {@link #tally}. */
  List<ExpectationResult> results(Row counts) {
    List<Long> failing = new ArrayList<>();
    for (int i = 0; i < expectations.size(); i++) {
      failing.add(longAt(counts, 3 + i));
    }
    return judging.results(counts.getLong(0), failing);
  }

  static long longAt(Row row, int i) {
    return row.isNullAt(i) ? 0 : ((Number) row.get(i)).longValue();
  }

  /** Throws for the first fail expectation that stops the table, naming a few failing keys. */
  void stopOnFailure(
      String table, List<ExpectationResult> results, Dataset<Row> judged, String key) {
    Optional<Integer> stopping = judging.stopping(results);
    if (stopping.isPresent()) {
      int i = stopping.get();
      List<String> samples = sampleKeys(judged.filter(not(col(verdict(i)))), key);
      throw Judging.stopped(table, results.get(i).name(), results.get(i).failed(), samples);
    }
  }

  /** A sample of the values of {@code key} among {@code rows}, as text ("null" for a null key). */
  static List<String> sampleKeys(Dataset<Row> rows, String key) {
    return rows.select(col(key).cast("string")).limit(Judging.SAMPLE_KEYS).collectAsList().stream()
        .map(r -> r.isNullAt(0) ? "null" : r.getString(0))
        .toList();
  }

  /** The names of the quarantine expectations a row failed. */
  Column failedQuarantineRules() {
    List<Column> names = new ArrayList<>();
    for (int i = 0; i < expectations.size(); i++) {
      if (expectations.get(i).action() == Action.QUARANTINE) {
        names.add(when(not(col(verdict(i))), lit(expectations.get(i).name())));
      }
    }
    return names.isEmpty()
        ? array().cast("array<string>")
        : array_compact(array(names.toArray(Column[]::new)));
  }

  /**
   * The rows with the columns the table rules read: how many rows share a key (a window count) and
   * whether a value exists in another table (a left join on its distinct values).
   */
  private Dataset<Row> derived(Dataset<Row> rows) {
    Dataset<Row> derived = rows;
    for (Rule rule : tableRules()) {
      if (rule instanceof Rule.IsUniqueKey key) {
        Column[] columns = key.columns().stream().map(c -> col(c)).toArray(Column[]::new);
        derived =
            derived.withColumn(key.countColumn(), count(lit(1)).over(Window.partitionBy(columns)));
      } else if (rule instanceof Rule.ReferenceExists ref) {
        Dataset<Row> values =
            tables
                .apply(ref.table())
                .select(col(ref.tableColumn()).as("_reference_value"))
                .distinct()
                .withColumn(ref.flagColumn(), lit(true));
        derived =
            derived
                .join(
                    values,
                    derived.col(ref.column()).equalTo(values.col("_reference_value")),
                    "left")
                .drop("_reference_value");
      }
    }
    return derived;
  }

  private List<Rule> tableRules() {
    return judging.tableRules();
  }

  /** The judged rows without the verdict and derived columns. */
  Dataset<Row> withoutVerdicts(Dataset<Row> judged) {
    List<String> drop = new ArrayList<>(List.of(QUARANTINED, DROPPED));
    for (Rule rule : tableRules()) {
      drop.add(
          rule instanceof Rule.IsUniqueKey key
              ? key.countColumn()
              : ((Rule.ReferenceExists) rule).flagColumn());
    }
    for (int i = 0; i < expectations.size(); i++) {
      drop.add(verdict(i));
    }
    return judged.drop(drop.toArray(String[]::new));
  }

  private Column anyFailed(Action action) {
    Column any = lit(false);
    for (int i = 0; i < expectations.size(); i++) {
      if (expectations.get(i).action() == action) {
        any = any.or(not(col(verdict(i))));
      }
    }
    return any;
  }

  private static String verdict(int i) {
    return "_expectation_" + i;
  }
}
