package io.medallion.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.catalog.CatalogueCleaning;
import io.medallion.domain.catalog.TitleCleaning;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.quality.Rule;
import io.medallion.testkit.fixture.CatalogueCleaningCases;
import io.medallion.testkit.fixture.CleaningCases;
import io.medallion.testkit.fixture.RuleCases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQL functions of setup.sql against the project's shared case tables, and against the domain's
 * reference functions on inputs where RE2, strptime and java.time part ways.
 */
class DuckDbBaselineFunctionsTest {

  private static final Map<CleaningCases.Function, String> CLEANING =
      Map.of(
          CleaningCases.Function.TRIM, "jtrim(?)",
          CleaningCases.Function.RATING, "rating_of(?)",
          CleaningCases.Function.SHORT_TITLE, "short_title_of(?)",
          CleaningCases.Function.WHOLE_NUMBER, "whole_number(?)");

  private static final List<String> AWKWARD =
      List.of(
          "s1\n",
          "s1\r\n",
          "s1\u000B",
          "\u000B",
          "9/9/19",
          "9/9/20190",
          "+9/9/2019",
          "9/9/+2019",
          "September  25, 2021",
          "SEPTEMBER 25, 2021",
          "Sep 25, 2021",
          "25-SEP-21",
          "25-September-21",
          "29-Feb-23",
          "009/9/2019",
          "9/009/2019",
          "September 005, 2021",
          "025-Sep-21",
          " 12 ",
          "1_000",
          "12.0",
          "0x1F",
          "tv-ma\t",
          "PG-13\n");

  private static Connection connection;

  @BeforeAll
  static void setUp() throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    SqlScript.load("setup").run(connection, RuleConstants.values("1GB"));
  }

  @AfterAll
  static void tearDown() throws SQLException {
    connection.close();
  }

  static Stream<CleaningCases.Case> cleaningCases() {
    return CleaningCases.all().stream().filter(c -> CLEANING.containsKey(c.function()));
  }

  @ParameterizedTest
  @MethodSource("cleaningCases")
  void givenACleaningCase_theSqlFunction_givesTheCaseTablesAnswer(CleaningCases.Case c)
      throws SQLException {
    assertThat(text(CLEANING.get(c.function()), c.input())).isEqualTo(c.expected());
  }

  static Stream<CatalogueCleaningCases.Case> dateCases() {
    return CatalogueCleaningCases.all().stream()
        .filter(c -> c.function() == CatalogueCleaningCases.Function.DATE_ADDED);
  }

  @ParameterizedTest
  @MethodSource("dateCases")
  void givenADateCase_dateAddedOf_givesTheCaseTablesAnswer(CatalogueCleaningCases.Case c)
      throws SQLException {
    assertThat(text("date_added_of(?)", c.input())).isEqualTo(c.expected());
  }

  static Stream<RuleCases.Case> ruleCases() {
    Set<String> patterns = Set.copyOf(CatalogueCleaning.DATE_ADDED_PATTERNS);
    return RuleCases.all().stream()
        .filter(
            c ->
                c.rule() instanceof Rule.NotBlank
                    || c.rule() instanceof Rule.Between
                    || (c.rule() instanceof Rule.IsDate d
                        && Set.copyOf(d.patterns()).equals(patterns))
                    || (c.rule() instanceof Rule.ContainsMatch m
                        && m.regex().equals(NetflixMedallion.SHOW_ID_REGEX)));
  }

  @ParameterizedTest
  @MethodSource("ruleCases")
  void givenARuleCase_theSqlRule_givesTheCaseTablesVerdict(RuleCases.Case c) throws SQLException {
    assertThat(text(sqlOf(c.rule()), c.a())).isEqualTo(Boolean.toString(c.expected()));
  }

  static Stream<String> awkward() {
    return AWKWARD.stream();
  }

  /**
   * The reference for dates is CatalogueCleaning.dateAdded, which reads month names in any case as
   * Spark's try_to_timestamp does (Rule.IsDate's own test does not).
   */
  @ParameterizedTest
  @MethodSource("awkward")
  void givenAnAwkwardValue_theSqlFunctions_answerAsTheDomainsReference(String value)
      throws SQLException {
    Rule showId = Rule.containsMatch("a", NetflixMedallion.SHOW_ID_REGEX);
    assertThat(text("is_show_id(?)", value))
        .isEqualTo(Boolean.toString(showId.test(column -> value)));
    assertThat(text("not_blank(?)", value))
        .isEqualTo(Boolean.toString(Rule.notBlank("a").test(column -> value)));
    assertThat(text("parses_as_date(?)", value))
        .isEqualTo(Boolean.toString(CatalogueCleaning.dateAdded(value) != null));
    assertThat(text("date_added_of(?)", value))
        .isEqualTo(nullable(CatalogueCleaning.dateAdded(value)));
    assertThat(text("whole_number(?)", value))
        .isEqualTo(nullable(TitleCleaning.wholeNumber(value)));
    assertThat(text("rating_of(?)", value)).isEqualTo(TitleCleaning.normaliseRating(value));
  }

  /** The rule as the SQL scripts write it, over the one parameter. */
  private static String sqlOf(Rule rule) {
    if (rule instanceof Rule.NotBlank) {
      return "not_blank(?)";
    }
    if (rule instanceof Rule.Between b) {
      return "whole_number_between(?, %d, %d)".formatted(b.min(), b.max());
    }
    if (rule instanceof Rule.IsDate) {
      return "parses_as_date(?)";
    }
    return "is_show_id(?)";
  }

  private static String nullable(Object value) {
    return value == null ? null : value.toString();
  }

  private static String text(String expression, String input) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT (" + expression + ")::VARCHAR")) {
      statement.setString(1, input);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }
}
