package io.medallion.adapters.dashboard;

import io.medallion.application.port.in.ReadReportingViewUseCase;
import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.ViewRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reporting views as a warehouse serves them: eight titles, the views that aggregate them
 * derived from them (see {@link DerivedViews}), the people and quality views given. A test may
 * change or drop a view as a new run would; the server reads it from other threads.
 */
final class ReportingFixture implements ReadReportingViewUseCase {

  /** A title that must survive JSON in a script block: a closing tag, a comment, U+2028. */
  static final String TRICKY_TITLE = "Delta </script><!-- \u2028 & \"quoted\"";

  static final List<FixtureTitle> TITLES =
      List.of(
          FixtureTitle.movie("s1", "Alpha", 2019, "PG-13", "2021-09-01", 90)
              .in("United States", "India")
              .listedIn("Dramas", "Comedies"),
          FixtureTitle.movie("s2", "Beta", 2020, "R", "2021-08-15", 120)
              .in("United States")
              .listedIn("Dramas"),
          FixtureTitle.show("s3", "Gamma", 2018, "TV-MA", "2020-01-10", 2)
              .in("India")
              .listedIn("International TV Shows"),
          FixtureTitle.movie("s4", TRICKY_TITLE, 2015, "PG-13", "2019-05-20", 100)
              .in("France")
              .listedIn("Comedies"),
          FixtureTitle.show("s5", "Epsilon", 2021, "TV-14", "2021-09-20", 1)
              .in("United States", "France")
              .listedIn("TV Comedies"),
          FixtureTitle.movie("s6", "Zeta", 2010, null, null, 80),
          FixtureTitle.show("s7", "Eta", 2012, "TV-MA", "2021-02-01", 3)
              .in("United Kingdom")
              .listedIn("International TV Shows", "TV Comedies"),
          FixtureTitle.movie("s8", "Theta", 2021, "R", "2020-10-05", 95)
              .in("India")
              .listedIn("Dramas", "International Movies"));

  private final Map<ReportingView, ViewRows> views = new ConcurrentHashMap<>();

  ReportingFixture() {
    DerivedViews.of(TITLES).forEach(rows -> views.put(rows.view(), rows));
    put(
        ReportingView.V_TOP_DIRECTORS,
        List.of("Ava Director", 3L, 2L, 1L, 1L),
        List.of("Ben Director", 2L, 0L, 2L, 2L),
        List.of("Cy Director", 1L, 1L, 0L, 3L));
    put(
        ReportingView.V_TOP_CAST,
        List.of("Dee Actor", 4L, 3L, 1L, 1L),
        List.of("Eli Actor", 2L, 2L, 0L, 2L));
    put(
        ReportingView.V_DATA_QUALITY,
        List.of("bronze_titles", "bronze", 10L, 10L, 0L, 0L, 2L, 0L, "run-7", at("06:30:00")),
        List.of("dim_title", "silver", 10L, 8L, 1L, 1L, 5L, 2L, "run-7", at("06:31:00")));
    put(
        ReportingView.V_QUARANTINE_REASONS,
        List.of("dim_title", "show_id is not null", "quarantine", 1L, "run-7"),
        List.of("dim_title", "release_year between 1900 and 2100", "drop", 1L, "run-7"));
  }

  @Override
  public ViewRows read(ReportingView view) {
    ViewRows rows = views.get(view);
    if (rows == null) {
      // As a warehouse whose view is missing answers: an error naming it.
      throw new IllegalStateException(
          "no view " + ReportingView.SCHEMA + "." + view.viewName() + " in the warehouse");
    }
    return rows;
  }

  /** As {@code UPDATE view SET column = value WHERE key = keyValue} would, run by a new run. */
  void update(ReportingView view, String column, Object value, String key, Object keyValue) {
    int set = view.columnNames().indexOf(column);
    int where = view.columnNames().indexOf(key);
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> row : read(view).rows()) {
      List<Object> changed = new ArrayList<>(row);
      if (keyValue.equals(row.get(where))) {
        changed.set(set, value);
      }
      rows.add(changed);
    }
    views.put(view, new ViewRows(view, rows));
  }

  /** As {@code DROP VIEW}: reading it fails from now on. */
  void drop(ReportingView view) {
    views.remove(view);
  }

  @SafeVarargs
  private void put(ReportingView view, List<Object>... rows) {
    views.put(view, new ViewRows(view, List.of(rows)));
  }

  private static Instant at(String timeOn21September) {
    return Instant.parse("2021-09-21T" + timeOn21September + "Z");
  }
}
