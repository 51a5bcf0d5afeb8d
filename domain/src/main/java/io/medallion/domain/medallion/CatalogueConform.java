package io.medallion.domain.medallion;

import static io.medallion.domain.catalog.Columns.DURATION;
import static io.medallion.domain.catalog.Columns.DURATION_MINUTES;
import static io.medallion.domain.catalog.Columns.DURATION_SEASONS;
import static io.medallion.domain.catalog.Columns.RATING;

import io.medallion.domain.catalog.CatalogueCleaning;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a record of the public catalogue's layout feeds the tutorial's silver tables, specified once:
 * as a title of raw text, judged by the same expectations as a tutorial title, and as one bridge
 * row per name of each multi-valued column. Every engine must give the same rows.
 */
public final class CatalogueConform {

  /**
   * The duration found in an otherwise empty duration's rating cell and moved back (null when
   * none): the titles' {@code rating_not_duration} warning counts these repairs.
   */
  public static final String DURATION_FROM_RATING = "_duration_from_rating";

  /** The columns a conformed title has: the tutorial title's, then the repair it needed. */
  public static final List<String> TITLE_COLUMNS = titleColumns();

  private CatalogueConform() {}

  /**
   * The record as a tutorial title: the duration split by its unit into minutes or seasons (a
   * duration of neither unit kept as it is under both, so the duration rule refuses it with the raw
   * value in sight), a duration in the rating cell moved back first.
   */
  public static Map<String, String> title(Map<String, String> record) {
    String rating = record.get(RATING);
    String duration = record.get(DURATION);
    String moved = movedDuration(rating, duration);
    if (moved != null) {
      rating = null;
      duration = moved;
    }
    Integer minutes = CatalogueCleaning.minutes(duration);
    Integer seasons = CatalogueCleaning.seasons(duration);
    boolean neither = minutes == null && seasons == null;
    Map<String, String> title = new LinkedHashMap<>();
    for (String column : Feed.TITLES.columns()) {
      title.put(column, record.get(column));
    }
    title.put(RATING, rating);
    title.put(DURATION_MINUTES, minutes != null ? minutes.toString() : neither ? duration : null);
    title.put(DURATION_SEASONS, seasons != null ? seasons.toString() : neither ? duration : null);
    title.put(DURATION_FROM_RATING, moved);
    return title;
  }

  /** The names the record gives the lookup feed {@code feed}'s bridge, each once, in order. */
  public static List<String> names(Feed feed, Map<String, String> record) {
    String column =
        feed.nameColumn()
            .orElseThrow(() -> new IllegalArgumentException("not a lookup feed: " + feed));
    return CatalogueCleaning.splitNames(record.get(column));
  }

  /** The trimmed duration a rating cell holds when the duration cell is empty; otherwise null. */
  private static String movedDuration(String rating, String duration) {
    CatalogueCleaning.RatingRepair repair = CatalogueCleaning.repairRating(rating, duration);
    return repair.repaired() ? repair.duration() : null;
  }

  private static List<String> titleColumns() {
    List<String> columns = new java.util.ArrayList<>(Feed.TITLES.columns());
    columns.add(DURATION_FROM_RATING);
    return List.copyOf(columns);
  }
}
