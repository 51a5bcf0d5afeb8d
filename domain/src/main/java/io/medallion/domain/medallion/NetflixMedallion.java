package io.medallion.domain.medallion;

import static io.medallion.domain.catalog.Columns.CATEGORY;
import static io.medallion.domain.catalog.Columns.COUNTRY;
import static io.medallion.domain.catalog.Columns.DATE_ADDED;
import static io.medallion.domain.catalog.Columns.DURATION_MINUTES;
import static io.medallion.domain.catalog.Columns.DURATION_SEASONS;
import static io.medallion.domain.catalog.Columns.RATING;
import static io.medallion.domain.catalog.Columns.RELEASE_YEAR;
import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static io.medallion.domain.catalog.Columns.TYPE;
import static io.medallion.domain.catalog.Columns.YEAR_ADDED;
import static io.medallion.domain.quality.Rule.and;
import static io.medallion.domain.quality.Rule.between;
import static io.medallion.domain.quality.Rule.containsMatch;
import static io.medallion.domain.quality.Rule.inSet;
import static io.medallion.domain.quality.Rule.isDate;
import static io.medallion.domain.quality.Rule.isNull;
import static io.medallion.domain.quality.Rule.isUniqueKey;
import static io.medallion.domain.quality.Rule.not;
import static io.medallion.domain.quality.Rule.notBlank;
import static io.medallion.domain.quality.Rule.or;
import static io.medallion.domain.quality.Rule.referenceExists;

import io.medallion.domain.catalog.Bridge;
import io.medallion.domain.catalog.CatalogueCleaning;
import io.medallion.domain.catalog.Kind;
import io.medallion.domain.catalog.TitleCleaning;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.Rule;
import io.medallion.domain.quality.Tolerance;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The catalogue's medallion as data: the specs a run executes, in order. */
public final class NetflixMedallion {

  /**
   * Silver stops the run when more than 5% of a feed's rows are quarantined (and more than ten, so
   * a handful of bad rows in a tiny file is not an outage).
   */
  public static final Tolerance QUARANTINE_LIMIT = new Tolerance(10, 0.05);

  /** The bounds of plausible values: a zero, negative or absurd duration or year is dirt. */
  public static final long MAX_MINUTES = 10_000;

  public static final long MAX_SEASONS = 1_000;
  public static final long FIRST_YEAR = 1850;
  public static final long LAST_YEAR = 2100;

  /** A show id: present and free of white space; text, since other catalogues use {@code s1}. */
  public static final String SHOW_ID_REGEX = "^\\S+$";

  private NetflixMedallion() {}

  public static List<BronzeSpec> bronze() {
    return Arrays.stream(Feed.values()).map(BronzeSpec::of).toList();
  }

  public static List<SilverSpec> silver() {
    return Feed.tutorial().stream().map(NetflixMedallion::silver).toList();
  }

  public static List<GoldSpec> gold() {
    return Arrays.stream(GoldTable.values())
        .map(t -> new GoldSpec(t, recipe(t), goldRules(t)))
        .toList();
  }

  /** How a gold table of the catalogue is computed. */
  public static GoldRecipe recipe(GoldTable table) {
    if (table.bridge().isPresent()) {
      Bridge bridge = table.bridge().get();
      return new GoldRecipe.SilverRows(Feed.of(bridge), List.of(SHOW_ID, bridge.valueColumn()));
    }
    return switch (table) {
      case DIM_TITLE -> new GoldRecipe.SilverRows(Feed.TITLES, GoldTable.DIM_TITLE.columns());
      case AGG_TITLES_BY_YEAR -> GoldRecipe.TitlesPer.yearOf(DATE_ADDED, YEAR_ADDED);
      case AGG_TITLES_BY_RATING -> GoldRecipe.TitlesPer.valueOf(GoldTable.DIM_TITLE, RATING);
      case AGG_TITLES_BY_COUNTRY ->
          GoldRecipe.TitlesPer.valueOf(GoldTable.BRIDGE_TITLE_COUNTRY, COUNTRY);
      case AGG_TITLES_BY_CATEGORY ->
          GoldRecipe.TitlesPer.valueOf(GoldTable.BRIDGE_TITLE_CATEGORY, CATEGORY);
      default -> throw new IllegalArgumentException("no recipe for gold table " + table);
    };
  }

  static SilverSpec silver(Feed feed) {
    TableName source = TableName.of(Layer.BRONZE, feed.table());
    TableName target = TableName.of(Layer.SILVER, feed.table());
    Tolerance limit = QUARANTINE_LIMIT;
    // A catalogue file's records feed every table of the tutorial's layout.
    List<Feed> catalogue = List.of(Feed.CATALOGUE);
    return feed.nameColumn()
        .map(
            name ->
                new SilverSpec(
                    feed,
                    source,
                    target,
                    List.of(SHOW_ID, name),
                    bridgeRules(name),
                    limit,
                    catalogue))
        .orElseGet(
            () ->
                new SilverSpec(
                    feed, source, target, List.of(SHOW_ID), titleRules(), limit, catalogue));
  }

  private static List<Expectation> titleRules() {
    String movie = Kind.MOVIE.label();
    String show = Kind.TV_SHOW.label();
    List<Expectation> rules = new ArrayList<>(recordRules());
    rules.add(Expectation.quarantine("type_known", inSet(TYPE, movie, show)));
    rules.add(
        Expectation.quarantine(
            "movie_minutes_numeric",
            or(not(inSet(TYPE, movie)), between(DURATION_MINUTES, 1, MAX_MINUTES))));
    rules.add(
        Expectation.quarantine(
            "show_seasons_numeric",
            or(not(inSet(TYPE, show)), between(DURATION_SEASONS, 1, MAX_SEASONS))));
    rules.add(
        Expectation.quarantine(
            "release_year_numeric", between(RELEASE_YEAR, FIRST_YEAR, LAST_YEAR)));
    rules.add(
        Expectation.warn(
            "date_added_parses",
            or(
                not(notBlank(DATE_ADDED)),
                isDate(DATE_ADDED, CatalogueCleaning.DATE_ADDED_PATTERNS.toArray(String[]::new)))));
    rules.add(Expectation.warn("rating_known", or(not(notBlank(RATING)), knownRating())));
    rules.add(
        Expectation.warn("rating_not_duration", isNull(CatalogueConform.DURATION_FROM_RATING)));
    return List.copyOf(rules);
  }

  private static List<Expectation> bridgeRules(String nameColumn) {
    List<Expectation> rules = new ArrayList<>(recordRules());
    rules.add(Expectation.drop("name_present", notBlank(nameColumn)));
    return List.copyOf(rules);
  }

  private static List<Expectation> recordRules() {
    return List.of(
        Expectation.quarantine("record_well_formed", isNull(BronzeSpec.CORRUPT_RECORD)),
        Expectation.quarantine("show_id_present", notBlank(SHOW_ID)),
        Expectation.quarantine(
            "show_id_well_formed",
            or(not(notBlank(SHOW_ID)), containsMatch(SHOW_ID, SHOW_ID_REGEX))));
  }

  /** A rating {@link TitleCleaning#normaliseRating} keeps, written as one case-blind pattern. */
  private static Rule knownRating() {
    String alternatives =
        Stream.concat(
                TitleCleaning.KNOWN_RATINGS.stream(),
                Stream.of(TitleCleaning.FANTASY_VIOLENCE_RATING))
            .map(r -> r.replace("-", "\\-"))
            .collect(Collectors.joining("|"));
    return containsMatch(RATING, "(?i)^\\s*(" + alternatives + ")\\s*$");
  }

  private static List<Expectation> goldRules(GoldTable table) {
    List<Expectation> rules = new ArrayList<>();
    rules.add(
        Expectation.fail(
            "keys_not_null",
            and(table.notNullKey().stream().map(Rule::notNull).toArray(Rule[]::new))));
    if (!table.isAggregate()) {
      // An aggregate's key is its GROUP BY: unique by construction, not worth a shuffle to check.
      rules.add(Expectation.fail("key_unique", isUniqueKey(table.key().toArray(String[]::new))));
    }
    if (table.bridge().isPresent()) {
      rules.add(
          Expectation.drop(
              "title_exists",
              referenceExists(SHOW_ID, TableName.of(Layer.SILVER, Feed.TITLES.table()), SHOW_ID)));
    }
    return List.copyOf(rules);
  }
}
