package io.medallion.testkit;

import io.medallion.application.port.in.RunId;
import io.medallion.application.port.out.LayerResult;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.TableName;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Bronze as Autoloader does it: each new file of the feed's folder appended once, as text. */
final class BronzeLoading {

  /** Each record's position within its file: later records of a file win ties in silver. */
  static final String RECORD_INDEX = "_record_index";

  private final InMemoryLakeStorage lake;
  private final Clock clock;
  private final TableStore store;
  // Stands in for the stream's checkpoint: the files each table has taken in.
  private final Map<TableName, Set<String>> loaded = new HashMap<>();

  BronzeLoading(InMemoryLakeStorage lake, Clock clock, TableStore store) {
    this.lake = lake;
    this.clock = clock;
    this.store = store;
  }

  synchronized LayerResult load(BronzeSpec spec, RunId run) {
    Set<String> done = loaded.computeIfAbsent(spec.target(), t -> new HashSet<>());
    Map<String, byte[]> fresh = newFiles(spec, done);
    Instant now = clock.instant();
    List<Map<String, Object>> rows = new ArrayList<>();
    // Every file is parsed before the one commit, so a bad file leaves the table untouched.
    fresh.forEach((path, content) -> rows.addAll(rows(spec.feed(), path, content, now, run)));
    long version = store.append(spec.target(), columns(spec.feed()), rows);
    done.addAll(fresh.keySet());
    return new LayerResult(
        spec.target(), rows.size(), rows.size(), 0, 0, List.of(), version, false);
  }

  /** A bronze table's columns: the feed's, the corrupt record, then the ingestion metadata. */
  static List<String> columns(Feed feed) {
    List<String> columns = new ArrayList<>(feed.columns());
    columns.addAll(
        List.of(
            BronzeSpec.CORRUPT_RECORD,
            BronzeSpec.SOURCE_FILE,
            BronzeSpec.INGESTED_AT,
            BronzeSpec.RUN_ID,
            RECORD_INDEX));
    return List.copyOf(columns);
  }

  private Map<String, byte[]> newFiles(BronzeSpec spec, Set<String> done) {
    String prefix = spec.sourceFolder() + "/";
    Pattern glob = glob(spec.fileGlob());
    Map<String, byte[]> fresh = new LinkedHashMap<>();
    lake.filesUnder(spec.sourceFolder())
        .forEach(
            (path, content) -> {
              String name = path.substring(prefix.length());
              if (!name.contains("/") && glob.matcher(name).matches() && !done.contains(path)) {
                fresh.put(path, content);
              }
            });
    return fresh;
  }

  private static Pattern glob(String fileGlob) {
    return Pattern.compile(
        Arrays.stream(fileGlob.split("\\*", -1))
            .map(Pattern::quote)
            .collect(Collectors.joining(".*")));
  }

  private static List<Map<String, Object>> rows(
      Feed feed, String path, byte[] content, Instant now, RunId run) {
    CsvFile file = CsvFile.parse(path, content);
    if (file.header().isEmpty() && file.records().isEmpty()) {
      return List.of();
    }
    if (!file.header().equals(feed.columns())) {
      throw new IllegalArgumentException(
          "%s has header %s, but %s files have %s"
              .formatted(path, file.header(), feed.fileStem(), feed.columns()));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<String> record : file.records()) {
      Map<String, Object> row = fields(feed.columns(), record);
      row.put(BronzeSpec.SOURCE_FILE, path);
      row.put(BronzeSpec.INGESTED_AT, now);
      row.put(BronzeSpec.RUN_ID, run.value());
      row.put(RECORD_INDEX, (long) rows.size());
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> fields(List<String> columns, List<String> record) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      String value = i < record.size() ? record.get(i) : null;
      row.put(columns.get(i), value == null || value.isEmpty() ? null : value);
    }
    row.put(
        BronzeSpec.CORRUPT_RECORD,
        record.size() == columns.size() ? null : String.join(",", record));
    return row;
  }
}
