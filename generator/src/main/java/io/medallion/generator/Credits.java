package io.medallion.generator;

import io.medallion.domain.catalog.Kind;
import io.medallion.domain.medallion.Feed;
import java.util.List;

/**
 * The names a title lists in each lookup file, different within a title, at about the tutorial's
 * rates per title: seven cast, 0.8 directors, 1.2 countries, 2.2 categories.
 */
final class Credits {

  private static final List<String> COUNTRIES =
      List.of(
          ("United States, India, United Kingdom, Canada, France, Japan, Spain, South Korea, "
                  + "Germany, Mexico, Australia, China, Turkey, Hong Kong, Brazil, Italy, Egypt, "
                  + "Nigeria, Argentina, Philippines, Indonesia, Thailand, South Africa, Belgium, "
                  + "Denmark, Sweden, Poland, Netherlands, Colombia, Taiwan, Ireland, Israel, "
                  + "Norway, Chile, Lebanon, Russia, Malaysia, Singapore, Peru, Kenya")
              .split(", "));

  private static final List<String> MOVIE_CATEGORIES =
      List.of(
          ("International Movies, Dramas, Comedies, Documentaries, Action & Adventure, "
                  + "Independent Movies, Thrillers, Romantic Movies, Children & Family Movies, "
                  + "Stand-Up Comedy, Horror Movies, Music & Musicals, Sci-Fi & Fantasy, "
                  + "Sports Movies, Classic Movies, Cult Movies, LGBTQ Movies, Anime Features, "
                  + "Faith & Spirituality, Movies")
              .split(", "));

  private static final List<String> SHOW_CATEGORIES =
      List.of(
          ("International TV Shows, TV Dramas, TV Comedies, Crime TV Shows, Kids' TV, "
                  + "Docuseries, Romantic TV Shows, Reality TV, British TV Shows, Anime Series, "
                  + "Spanish-Language TV Shows, TV Action & Adventure, Korean TV Shows, "
                  + "TV Mysteries, Science & Nature TV, TV Sci-Fi & Fantasy, TV Horror, "
                  + "Teen TV Shows, Stand-Up Comedy & Talk Shows, Classic & Cult TV")
              .split(", "));

  private final People cast = new People(0, 7_000, 1.2);
  private final People directors = new People(7_000, 3_000, 1.5);
  private final Draw draw;

  Credits(Draw draw) {
    this.draw = draw;
  }

  /** The names of one title in one lookup file; at least {@code minimum} of them. */
  List<String> names(Feed feed, Kind kind, int minimum) {
    int count = Math.max(minimum, count(feed, kind));
    switch (feed) {
      case CAST:
        return draw.distinct(count, () -> cast.draw(draw));
      case DIRECTORS:
        return draw.distinct(count, () -> directors.draw(draw));
      case COUNTRIES:
        // US productions are about a third of all country rows, as in the tutorial
        return draw.distinct(count, () -> draw.skewedOneOf(COUNTRIES, 3.5));
      case CATEGORIES:
        List<String> categories = kind == Kind.MOVIE ? MOVIE_CATEGORIES : SHOW_CATEGORIES;
        return draw.distinct(count, () -> draw.skewedOneOf(categories, 1.5));
      default:
        throw new IllegalArgumentException("not a lookup file: " + feed);
    }
  }

  private int count(Feed feed, Kind kind) {
    int roll = draw.below(100);
    switch (feed) {
      case CAST:
        return roll < 9 ? 0 : 2 + draw.below(13);
      case DIRECTORS:
        // a movie has its director, a show rarely names one
        if (kind == Kind.TV_SHOW) {
          return roll < 90 ? 0 : 1;
        }
        return roll < 90 ? 1 : roll < 98 ? 2 : 3;
      case COUNTRIES:
        return roll < 8 ? 0 : roll < 86 ? 1 : roll < 96 ? 2 : 3;
      case CATEGORIES:
        return roll < 23 ? 1 : roll < 57 ? 2 : 3;
      default:
        throw new IllegalArgumentException("not a lookup file: " + feed);
    }
  }
}
