package io.medallion.application.service;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.run.LookupSource;
import io.medallion.domain.medallion.Feed;
import io.medallion.testkit.fixture.LookupFiles;
import io.medallion.testkit.fixture.TitleFiles;
import io.medallion.testkit.memory.InMemorySourceFetcher;
import java.net.URI;
import java.util.Map;

/**
 * A small catalogue with the dirt real files carry: duplicates, bad numbers, unknown types, blank
 * ids and names, a broken record, padding, orphans, a byte-order mark and a quoted line break.
 */
final class Catalogue {

  static final String TITLES_PATH = "landing/titles/netflix_titles-2026-01.csv";

  private static final URI BASE = URI.create("https://lookups.example.test/netflix/");

  private Catalogue() {}

  static RunPipelineCommand command() {
    return new RunPipelineCommand(
        Feed.lookups().stream().map(f -> new LookupSource(f, address(f))).toList());
  }

  static URI address(Feed feed) {
    return BASE.resolve(feed.fileStem() + ".csv");
  }

  /** Serves every lookup file and returns the titles file's bytes. */
  static byte[] serveLookups(InMemorySourceFetcher fetcher) {
    lookups().forEach((feed, file) -> fetcher.serve(address(feed), file.bytes()));
    return titles().bytes();
  }

  static TitleFiles titles() {
    return TitleFiles.titles()
        .movie("s1", "Dick Johnson Is Dead", 90)
        .with("date_added", "9/25/2021")
        .with("rating", "PG-13")
        .show("s2", "Blood & Water: Season One", 2)
        .with("date_added", "9/24/2021")
        .with("rating", " tv-ma ")
        .movie("s3", "Ganglands", 120)
        .with("date_added", null)
        .with("rating", "TV-Y7-FV")
        .movie("s4", "Jailbirds", 0)
        .with("duration_minutes", "ninety")
        .movie("s5", "Pod", 30)
        .with("type", "Podcast")
        .movie(null, "Nobody's", 80)
        .line("90,,Movie")
        .movie("s1", "Dick Johnson Is Dead: Redux", 90)
        .with("date_added", "9/25/2021")
        .with("rating", "PG-13")
        .movie("s6", "Sankofa", 125)
        .with("date_added", "someday")
        .with("rating", "XYZ")
        .with("description", "A model, abroad,\nfinds her past")
        .withBom();
  }

  static Map<Feed, LookupFiles> lookups() {
    return Map.of(
        Feed.CAST,
        LookupFiles.of(Feed.CAST)
            .pair("Michael Hilow", "s1")
            .pair(" Ama Qamata ", "s2")
            .pair("Ama Qamata", "s2")
            .pair("  ", "s3")
            .pair("Ghost", "s99")
            .pair("Nobody", null),
        Feed.DIRECTORS,
        LookupFiles.of(Feed.DIRECTORS).pair("Kirsten Johnson", "s1").pair("Kirsten Johnson", "s4"),
        Feed.COUNTRIES,
        LookupFiles.of(Feed.COUNTRIES)
            .pair("United States", "s1")
            .pair("South Africa", "s2")
            .pair("United States", "s3")
            .pair("Ghana", "s6")
            .pair("United States", "s6"),
        Feed.CATEGORIES,
        LookupFiles.of(Feed.CATEGORIES)
            .pair("Documentaries", "s1")
            .pair("International TV Shows", "s2")
            .pair("Dramas", "s3")
            .pair("Dramas", "s6")
            .pair("Dramas", "s2"));
  }
}
