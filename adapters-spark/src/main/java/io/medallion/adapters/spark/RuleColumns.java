package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_to_timestamp;

import io.medallion.domain.catalog.TitleCleaning;
import io.medallion.domain.quality.Rule;
import org.apache.spark.sql.Column;

/**
 * Compiles a {@link Rule} to one native boolean Column (no UDF). Leaves are wrapped so a null input
 * gives false, as {@link Rule#test} defines it.
 */
final class RuleColumns {

  private RuleColumns() {}

  static Column compile(Rule rule) {
    if (rule instanceof Rule.IsNull r) {
      return col(r.column()).isNull();
    }
    if (rule instanceof Rule.NotBlank r) {
      return falseIfNull(CleaningColumns.trimmed(col(r.column())).notEqual(lit("")));
    }
    if (rule instanceof Rule.ContainsMatch r) {
      return falseIfNull(col(r.column()).rlike(r.regex()));
    }
    if (rule instanceof Rule.InSet r) {
      return falseIfNull(col(r.column()).isin(r.values().toArray()));
    }
    if (rule instanceof Rule.IsWholeNumber r) {
      return falseIfNull(
          CleaningColumns.trimmed(col(r.column())).rlike(TitleCleaning.WHOLE_NUMBER_REGEX));
    }
    if (rule instanceof Rule.IsDate r) {
      Column value = CleaningColumns.trimmed(col(r.column()));
      return coalesce(
              r.patterns().stream()
                  .map(p -> try_to_timestamp(value, lit(p)))
                  .toArray(Column[]::new))
          .isNotNull();
    }
    if (rule instanceof Rule.Between r) {
      Column number = CleaningColumns.wholeNumber(col(r.column()));
      return falseIfNull(number.between(r.min(), r.max()));
    }
    if (rule instanceof Rule.IsUniqueKey r) {
      return falseIfNull(col(r.countColumn()).equalTo(1));
    }
    if (rule instanceof Rule.ReferenceExists r) {
      return falseIfNull(col(r.flagColumn()));
    }
    if (rule instanceof Rule.And r) {
      return r.rules().stream().map(RuleColumns::compile).reduce(lit(true), Column::and);
    }
    if (rule instanceof Rule.Or r) {
      return r.rules().stream().map(RuleColumns::compile).reduce(lit(false), Column::or);
    }
    if (rule instanceof Rule.Not r) {
      return compile(r.rule()).unary_$bang();
    }
    throw new UnsupportedOperationException("the Spark engine cannot compile rule " + rule);
  }

  private static Column falseIfNull(Column predicate) {
    return coalesce(predicate, lit(false));
  }
}
