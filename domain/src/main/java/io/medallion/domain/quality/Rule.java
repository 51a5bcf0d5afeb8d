package io.medallion.domain.quality;

import io.medallion.domain.catalog.TitleCleaning;
import io.medallion.domain.table.TableName;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A data-quality rule over one row. Rules are two-valued: a leaf over a null value is false (except
 * {@link IsNull}), so every engine gives the same verdict without SQL's unknown. Engines compile
 * the records below; {@link #test} is the reference meaning and {@link #sql} a readable rendering
 * for reports.
 */
public sealed interface Rule
    permits Rule.IsNull,
        Rule.NotBlank,
        Rule.ContainsMatch,
        Rule.InSet,
        Rule.IsWholeNumber,
        Rule.IsDate,
        Rule.Between,
        Rule.IsUniqueKey,
        Rule.ReferenceExists,
        Rule.And,
        Rule.Or,
        Rule.Not {

  /** True when the row satisfies the rule. */
  boolean test(RowValues row);

  /** The rule as SQL-like text, e.g. {@code show_id IS NOT NULL}. */
  String sql();

  /**
   * The columns of its own table the rule reads, each once, in the order they appear: a table
   * rule's are those its derived column is computed from, not the derived column itself.
   */
  List<String> columns();

  static Rule notNull(String column) {
    return new Not(new IsNull(column));
  }

  static Rule isNull(String column) {
    return new IsNull(column);
  }

  static Rule notBlank(String column) {
    return new NotBlank(column);
  }

  static Rule containsMatch(String column, String regex) {
    return new ContainsMatch(column, regex);
  }

  static Rule inSet(String column, String... values) {
    return new InSet(column, Set.of(values));
  }

  static Rule isWholeNumber(String column) {
    return new IsWholeNumber(column);
  }

  static Rule isDate(String column, String... patterns) {
    return new IsDate(column, List.of(patterns));
  }

  static Rule isUniqueKey(String... columns) {
    return new IsUniqueKey(List.of(columns));
  }

  static Rule referenceExists(String column, TableName table, String tableColumn) {
    return new ReferenceExists(column, table, tableColumn);
  }

  /** The rule and every rule inside it, depth first. */
  static Stream<Rule> flatten(Rule rule) {
    if (rule instanceof And r) {
      return Stream.concat(Stream.of(rule), r.rules().stream().flatMap(Rule::flatten));
    }
    if (rule instanceof Or r) {
      return Stream.concat(Stream.of(rule), r.rules().stream().flatMap(Rule::flatten));
    }
    if (rule instanceof Not r) {
      return Stream.concat(Stream.of(rule), flatten(r.rule()));
    }
    return Stream.of(rule);
  }

  static Rule between(String column, long min, long max) {
    return new Between(column, min, max);
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

    @Override
    public List<String> columns() {
      return List.of(column);
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

    @Override
    public List<String> columns() {
      return List.of(column);
    }
  }

  /**
   * Some part of the value matches a Java regular expression, as Spark's {@code rlike} finds it;
   * anchor the expression ({@code ^...$}) for the whole value. Null fails.
   */
  record ContainsMatch(String column, String regex) implements Rule {
    @Override
    public boolean test(RowValues row) {
      Object v = row.value(column);
      return v != null && Pattern.compile(regex).matcher(v.toString()).find();
    }

    @Override
    public String sql() {
      return column + " RLIKE '" + regex.replace("'", "''") + "'";
    }

    @Override
    public List<String> columns() {
      return List.of(column);
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

    @Override
    public List<String> columns() {
      return List.of(column);
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

    @Override
    public List<String> columns() {
      return List.of(column);
    }
  }

  /**
   * The value, trimmed, is a real date in one of the patterns (Java/Spark datetime patterns such as
   * {@code M/d/yyyy}, {@code MMMM d, yyyy}, {@code d-MMM-yy}; English month names, strict: no 30
   * February).
   */
  record IsDate(String column, List<String> patterns) implements Rule {
    public IsDate {
      patterns = List.copyOf(patterns);
      if (patterns.isEmpty()) {
        throw new IllegalArgumentException("a date rule needs a pattern: " + column);
      }
      patterns.forEach(IsDate::formatter);
    }

    @Override
    public boolean test(RowValues row) {
      Object v = row.value(column);
      return v != null
          && patterns.stream().anyMatch(p -> parses(TitleCleaning.trim(v.toString()), p));
    }

    @Override
    public String sql() {
      return patterns.stream()
          .map(p -> "TRY_TO_TIMESTAMP(TRIM(" + column + "), '" + p + "') IS NOT NULL")
          .collect(Collectors.joining(" OR "));
    }

    @Override
    public List<String> columns() {
      return List.of(column);
    }

    private static boolean parses(String value, String pattern) {
      try {
        LocalDate.parse(value, formatter(pattern));
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }

    // 'u' is the proleptic year STRICT resolving needs; Spark reads 'y' the same way.
    private static DateTimeFormatter formatter(String pattern) {
      return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);
    }
  }

  /** The value, trimmed, is a whole number from {@code min} to {@code max}, both included. */
  record Between(String column, long min, long max) implements Rule {
    public Between {
      if (min > max) {
        throw new IllegalArgumentException("an empty range: " + min + " > " + max);
      }
    }

    @Override
    public boolean test(RowValues row) {
      Object v = row.value(column);
      Integer number = v == null ? null : TitleCleaning.wholeNumber(v.toString());
      return number != null && number >= min && number <= max;
    }

    @Override
    public String sql() {
      return "TRY_CAST(TRIM(" + column + ") AS INT) BETWEEN " + min + " AND " + max;
    }

    @Override
    public List<String> columns() {
      return List.of(column);
    }
  }

  /**
   * No other row of the table has the same values in these columns (nulls compare equal). A table
   * rule: the engine derives, for each row, how many rows share its key under {@link #countColumn},
   * and the rule reads that.
   */
  record IsUniqueKey(List<String> columns) implements Rule {
    public IsUniqueKey {
      columns = List.copyOf(columns);
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("a key has columns");
      }
    }

    /** The derived column holding how many rows share this row's key. */
    public String countColumn() {
      return "_rows_with_" + String.join("_", columns);
    }

    @Override
    public boolean test(RowValues row) {
      Object rows = row.value(countColumn());
      return rows instanceof Number n && n.longValue() == 1;
    }

    @Override
    public String sql() {
      return "(" + String.join(", ", columns) + ") IS UNIQUE";
    }
  }

  /**
   * The value is among the values of a column of another table. A table rule: the engine derives,
   * for each row, whether it is, under {@link #flagColumn}, and the rule reads that.
   */
  record ReferenceExists(String column, TableName table, String tableColumn) implements Rule {
    /** The derived column telling whether this row's value exists in the other table. */
    public String flagColumn() {
      return "_" + column + "_in_" + table.layer().id() + "_" + table.name();
    }

    @Override
    public boolean test(RowValues row) {
      return Boolean.TRUE.equals(row.value(flagColumn()));
    }

    @Override
    public String sql() {
      return column + " IN (SELECT " + tableColumn + " FROM " + table + ")";
    }

    @Override
    public List<String> columns() {
      return List.of(column);
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

    @Override
    public List<String> columns() {
      return rules.stream().flatMap(r -> r.columns().stream()).distinct().toList();
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

    @Override
    public List<String> columns() {
      return rules.stream().flatMap(r -> r.columns().stream()).distinct().toList();
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

    @Override
    public List<String> columns() {
      return rule.columns();
    }
  }
}
