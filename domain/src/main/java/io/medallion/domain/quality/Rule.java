package io.medallion.domain.quality;

import io.medallion.domain.catalog.TitleCleaning;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A data-quality rule over one row. Rules are two-valued: a leaf over a null value is false (except
 * {@link IsNull}), so every engine gives the same verdict without SQL's unknown. Engines compile
 * the records below; {@link #test} is the reference meaning and {@link #sql} a readable rendering
 * for reports.
 */
public sealed interface Rule
    permits Rule.IsNull,
        Rule.NotBlank,
        Rule.Matches,
        Rule.InSet,
        Rule.IsWholeNumber,
        Rule.IsDate,
        Rule.And,
        Rule.Or,
        Rule.Not {

  /** True when the row satisfies the rule. */
  boolean test(RowValues row);

  /** The rule as SQL-like text, e.g. {@code show_id IS NOT NULL}. */
  String sql();

  static Rule notNull(String column) {
    return new Not(new IsNull(column));
  }

  static Rule isNull(String column) {
    return new IsNull(column);
  }

  static Rule notBlank(String column) {
    return new NotBlank(column);
  }

  static Rule matches(String column, String regex) {
    return new Matches(column, regex);
  }

  static Rule inSet(String column, String... values) {
    return new InSet(column, Set.of(values));
  }

  static Rule isWholeNumber(String column) {
    return new IsWholeNumber(column);
  }

  static Rule isDate(String column, String pattern) {
    return new IsDate(column, pattern);
  }

  static Rule and(Rule... rules) {
    return new And(List.of(rules));
  }

  static Rule or(Rule... rules) {
    return new Or(List.of(rules));
  }

  static Rule not(Rule rule) {
    return new Not(rule);
  }

  /** Passes when the column is null, else when {@code rule} holds: for optional fields. */
  static Rule nullOr(String column, Rule rule) {
    return new Or(List.of(new IsNull(column), rule));
  }

  /** The value is null. */
  record IsNull(String column) implements Rule {
    @Override
    public boolean test(RowValues row) {
      return row.value(column) == null;
    }

    @Override
    public String sql() {
      return column + " IS NULL";
    }
  }

  /** The value is present and holds a character other than white space ({@code \\s}). */
  record NotBlank(String column) implements Rule {
    @Override
    public boolean test(RowValues row) {
      Object v = row.value(column);
      return v != null && !TitleCleaning.trim(v.toString()).isEmpty();
    }

    @Override
    public String sql() {
      return "TRIM(" + column + ") <> ''";
    }
  }

  /** The whole value matches a Java regular expression (also valid for Spark's {@code rlike}). */
  record Matches(String column, String regex) implements Rule {
    @Override
    public boolean test(RowValues row) {
      Object v = row.value(column);
      return v != null && java.util.regex.Pattern.compile(regex).matcher(v.toString()).find();
    }

    @Override
    public String sql() {
      return column + " RLIKE '" + regex.replace("'", "''") + "'";
    }
  }

  /** The value equals one of the given strings exactly. */
  record InSet(String column, Set<String> values) implements Rule {
    public InSet {
      values = Set.copyOf(values);
    }

    @Override
    public boolean test(RowValues row) {
      Object v = row.value(column);
      return v != null && values.contains(v.toString());
    }

    @Override
    public String sql() {
      return column
          + " IN ("
          + values.stream()
              .sorted()
              .map(s -> "'" + s.replace("'", "''") + "'")
              .collect(Collectors.joining(", "))
          + ")";
    }
  }

  /** The value, trimmed, is a whole number as {@code TitleCleaning.wholeNumber} reads it. */
  record IsWholeNumber(String column) implements Rule {
    @Override
    public boolean test(RowValues row) {
      Object v = row.value(column);
      return v != null && TitleCleaning.wholeNumber(v.toString()) != null;
    }

    @Override
    public String sql() {
      return "TRY_CAST(TRIM(" + column + ") AS INT) IS NOT NULL";
    }
  }

  /** The value, trimmed, is a date in the given pattern (only {@code M/d/yyyy} for now). */
  record IsDate(String column, String pattern) implements Rule {
    public IsDate {
      if (!pattern.equals(TitleCleaning.DATE_ADDED_PATTERN)) {
        throw new IllegalArgumentException("unsupported date pattern: " + pattern);
      }
    }

    @Override
    public boolean test(RowValues row) {
      Object v = row.value(column);
      return v != null && TitleCleaning.dateAdded(v.toString()) != null;
    }

    @Override
    public String sql() {
      return "TRY_TO_DATE(TRIM(" + column + "), '" + pattern + "') IS NOT NULL";
    }
  }

  /** Every rule holds (true when empty). */
  record And(List<Rule> rules) implements Rule {
    public And {
      rules = List.copyOf(rules);
    }

    @Override
    public boolean test(RowValues row) {
      return rules.stream().allMatch(r -> r.test(row));
    }

    @Override
    public String sql() {
      return rules.stream().map(r -> "(" + r.sql() + ")").collect(Collectors.joining(" AND "));
    }
  }

  /** At least one rule holds (false when empty). */
  record Or(List<Rule> rules) implements Rule {
    public Or {
      rules = List.copyOf(rules);
    }

    @Override
    public boolean test(RowValues row) {
      return rules.stream().anyMatch(r -> r.test(row));
    }

    @Override
    public String sql() {
      return rules.stream().map(r -> "(" + r.sql() + ")").collect(Collectors.joining(" OR "));
    }
  }

  /** The rule does not hold. */
  record Not(Rule rule) implements Rule {
    @Override
    public boolean test(RowValues row) {
      return !rule.test(row);
    }

    @Override
    public String sql() {
      if (rule instanceof IsNull isNull) {
        return isNull.column() + " IS NOT NULL";
      }
      return "NOT (" + rule.sql() + ")";
    }
  }
}
