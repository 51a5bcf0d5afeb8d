package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.ExpectationFailedException;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.quality.Rule;
import io.medallion.domain.table.TableName;
import java.util.ArrayList;
import java.util.List;
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
  static final String FAILED_RULES = "_failed_rules";

  private final List<Expectation> expectations;
  private final Function<TableName, Dataset<Row>> tables;

  /** Judges by {@code expectations}; a rule over another table reads it from {@code tables}. */
  Judgement(List<Expectation> expectations, Function<TableName, Dataset<Row>> tables) {
    this.expectations = List.copyOf(expectations);
    this.tables = tables;
  }

  /** The rows with a verdict column per expectation and the quarantine and drop flags. */
  Dataset<Row> judge(Dataset<Row> rows) {
    Dataset<Row> judged = derived(rows);
    for (int i = 0; i < expectations.size(); i++) {
      judged = judged.withColumn(verdict(i), RuleColumns.compile(expectations.get(i).rule()));
    }
    Column quarantined = anyFailed(Action.QUARANTINE);
    return judged
        .withColumn(QUARANTINED, quarantined)
        .withColumn(DROPPED, not(quarantined).and(anyFailed(Action.DROP)));
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
    long rows = counts.getLong(0);
    List<ExpectationResult> results = new ArrayList<>();
    for (int i = 0; i < expectations.size(); i++) {
      long failed = longAt(counts, 3 + i);
      results.add(ExpectationResult.of(expectations.get(i), rows - failed, failed));
    }
    return results;
  }

  static long longAt(Row row, int i) {
    return row.isNullAt(i) ? 0 : ((Number) row.get(i)).longValue();
  }

  /** Throws for the first fail expectation with failures, naming up to five sample keys. */
  void stopOnFailure(
      String table, List<ExpectationResult> results, Dataset<Row> judged, String key) {
    for (int i = 0; i < expectations.size(); i++) {
      ExpectationResult result = results.get(i);
      if (expectations.get(i).stops(result.failed(), result.passed() + result.failed())) {
        List<String> samples = sampleKeys(judged.filter(not(col(verdict(i)))), key);
        throw new ExpectationFailedException(table, result.name(), result.failed(), samples);
      }
    }
  }

  /** Up to five values of {@code key} among {@code rows}, as text ("null" for a null key). */
  static List<String> sampleKeys(Dataset<Row> rows, String key) {
    return rows.select(col(key).cast("string")).limit(5).collectAsList().stream()
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
    return expectations.stream()
        .flatMap(e -> Rule.flatten(e.rule()))
        .filter(r -> r instanceof Rule.IsUniqueKey || r instanceof Rule.ReferenceExists)
        .distinct()
        .toList();
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
