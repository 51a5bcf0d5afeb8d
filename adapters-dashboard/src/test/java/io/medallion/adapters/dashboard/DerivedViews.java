package io.medallion.adapters.dashboard;

import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.ViewRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The views that aggregate the titles, derived from them in Java as the warehouse's SQL does, so
 * every number on the page can be checked against the titles behind it.
 */
final class DerivedViews {

  private DerivedViews() {}

  static List<ViewRows> of(List<FixtureTitle> titles) {
    return List.of(
        titles(titles),
        addedByMonth(titles),
        top(ReportingView.V_TOP_COUNTRIES, titles, FixtureTitle::countries),
        top(ReportingView.V_TOP_CATEGORIES, titles, FixtureTitle::categories),
        ratingMix(titles),
        releaseYears(titles));
  }

  // A dense rank of the movies' minutes, longest first; a movie without minutes ranks last.
  private static ViewRows titles(List<FixtureTitle> titles) {
    List<Long> minutes =
        titles.stream()
            .filter(FixtureTitle::isMovie)
            .map(FixtureTitle::minutes)
            .filter(Objects::nonNull)
            .distinct()
            .sorted((a, b) -> Long.compare(b, a))
            .toList();
    List<List<Object>> rows = new ArrayList<>();
    for (FixtureTitle t : titles) {
      Long rank =
          !t.isMovie()
              ? null
              : t.minutes() == null ? minutes.size() + 1L : minutes.indexOf(t.minutes()) + 1L;
      rows.add(t.titlesRow(rank));
    }
    return new ViewRows(ReportingView.V_TITLES, rows);
  }

  private static ViewRows addedByMonth(List<FixtureTitle> titles) {
    List<List<Object>> rows = new ArrayList<>();
    for (String kind : List.of(FixtureTitle.MOVIE, FixtureTitle.SHOW)) {
      Map<LocalDate, Long> perMonth =
          titles.stream()
              .filter(t -> t.kind().equals(kind) && t.dateAdded() != null)
              .collect(
                  Collectors.groupingBy(
                      t -> t.dateAdded().withDayOfMonth(1), TreeMap::new, Collectors.counting()));
      long cumulative = 0;
      for (Map.Entry<LocalDate, Long> month : perMonth.entrySet()) {
        cumulative += month.getValue();
        rows.add(List.of(month.getKey(), kind, month.getValue(), cumulative));
      }
    }
    return new ViewRows(ReportingView.V_TITLES_ADDED_BY_MONTH, rows);
  }

  // Per name: titles, movies, shows; ranked by titles, most first, then by name.
  private static ViewRows top(
      ReportingView view, List<FixtureTitle> titles, Function<FixtureTitle, List<String>> names) {
    Map<String, long[]> counts = new TreeMap<>();
    for (FixtureTitle t : titles) {
      for (String name : names.apply(t)) {
        long[] c = counts.computeIfAbsent(name, n -> new long[3]);
        c[0]++;
        c[t.isMovie() ? 1 : 2]++;
      }
    }
    List<Map.Entry<String, long[]>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<String, long[]> e : ranked) {
      long[] c = e.getValue();
      rows.add(List.of(e.getKey(), c[0], c[1], c[2], rows.size() + 1L));
    }
    return new ViewRows(view, rows);
  }

  private static ViewRows ratingMix(List<FixtureTitle> titles) {
    Map<List<Object>, Long> counts = count(titles, t -> Arrays.asList(t.rating(), t.kind()));
    Map<String, Long> perKind =
        titles.stream().collect(Collectors.groupingBy(FixtureTitle::kind, Collectors.counting()));
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach(
        (key, n) ->
            rows.add(
                Arrays.asList(
                    key.get(0), key.get(1), n, n / (double) perKind.get((String) key.get(1)))));
    return new ViewRows(ReportingView.V_RATING_MIX, rows);
  }

  private static ViewRows releaseYears(List<FixtureTitle> titles) {
    List<List<Object>> rows = new ArrayList<>();
    count(titles, t -> List.of(t.releaseYear(), t.kind()))
        .forEach((key, n) -> rows.add(List.of(key.get(0), key.get(1), n)));
    return new ViewRows(ReportingView.V_RELEASE_YEARS, rows);
  }

  private static Map<List<Object>, Long> count(
      List<FixtureTitle> titles, Function<FixtureTitle, List<Object>> key) {
    return titles.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
