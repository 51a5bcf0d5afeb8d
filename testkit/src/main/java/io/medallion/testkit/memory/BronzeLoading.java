package io.medallion.testkit.memory;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.HeaderMatch;
import io.medallion.domain.table.TableName;
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
  static final String RECORD_INDEX = BronzeSpec.RECORD_INDEX;

  private final InMemoryLakeStorage lake;
  private final Clock clock;
  private final TableStore store;
  // Stands in for the stream's checkpoint: the files each table has taken in.
  private final Map<TableName, Set<String>> loaded = new HashMap<>();

  /** Forgets which files the table took in, as deleting its checkpoint would. */
  void forget(TableName table) {
    loaded.remove(table);
  }

  BronzeLoading(InMemoryLakeStorage lake, Clock clock, TableStore store) {
    this.lake = lake;
    this.clock = clock;
    this.store = store;
  }

  synchronized LayerResult load(BronzeSpec spec, RunId run) {
    Set<String> done = loaded.computeIfAbsent(spec.target(), t -> new HashSet<>());
    Map<String, CsvFile> fresh = takenFiles(spec, newFiles(spec, done));
    Instant now = clock.instant();
    List<Map<String, Object>> rows = new ArrayList<>();
    // Every file is parsed before the one commit, so a bad file leaves the table untouched.
    fresh.forEach((path, file) -> rows.addAll(rows(spec.feed(), path, file, now, run)));
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
            BronzeSpec.RESCUED_DATA,
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

  /** The files this spec takes, parsed; a file of the folder's other layout is another spec's. */
  private static Map<String, CsvFile> takenFiles(BronzeSpec spec, Map<String, byte[]> files) {
    Map<String, CsvFile> taken = new LinkedHashMap<>();
    files.forEach(
        (path, content) -> {
          CsvFile file = CsvFile.parse(path, content);
          if (spec.takes(file.header())) {
            taken.put(path, file);
          }
        });
    return taken;
  }

  private static Pattern glob(String fileGlob) {
    return Pattern.compile(
        Arrays.stream(fileGlob.split("\\*", -1))
            .map(Pattern::quote)
            .collect(Collectors.joining(".*")));
  }

  private static List<Map<String, Object>> rows(
      Feed feed, String path, CsvFile file, Instant now, RunId run) {
    if (file.header().isEmpty() && file.records().isEmpty()) {
      return List.of();
    }
    HeaderMatch match = HeaderMatch.of(feed, file.header()).requireComplete(path);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<String> record : file.records()) {
      Map<String, Object> row = fields(feed, match, record);
      row.put(BronzeSpec.SOURCE_FILE, path);
      row.put(BronzeSpec.INGESTED_AT, now);
      row.put(BronzeSpec.RUN_ID, run.value());
      row.put(RECORD_INDEX, (long) rows.size());
      rows.add(row);
    }
    return rows;
  }

  /**
   * A record's values under the feed's columns, matched by header name; values of columns the feed
   * does not know go to {@code _rescued_data} (here a map by header name; Spark writes it as JSON).
   */
  private static Map<String, Object> fields(Feed feed, HeaderMatch match, List<String> record) {
    Map<String, Object> row = new LinkedHashMap<>();
    feed.columns().forEach(c -> row.put(c, null));
    Map<String, String> rescued = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(record.size(), match.columns().size()); i++) {
      String value = record.get(i) == null || record.get(i).isEmpty() ? null : record.get(i);
      String column = match.columns().get(i);
      if (column != null) {
        row.put(column, value);
      } else if (value != null) {
        rescued.put(match.header().get(i), value);
      }
    }
    row.put(
        BronzeSpec.CORRUPT_RECORD,
        record.size() == match.columns().size() ? null : String.join(",", record));
    row.put(BronzeSpec.RESCUED_DATA, match.rescued().isEmpty() ? null : rescued);
    return row;
  }
}
