package io.medallion.domain.medallion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a source file's header maps to its feed's columns: by name, whatever the order, case or
 * spacing ({@code " Show ID"} is {@code show_id}). A header name the feed does not know, or a
 * repeated one, maps to nothing: its values are rescued, not lost.
 */
public record HeaderMatch(Feed feed, List<String> header, List<String> columns) {

  public HeaderMatch {
    Objects.requireNonNull(feed, "feed");
    header = List.copyOf(header);
    columns = java.util.Collections.unmodifiableList(new ArrayList<>(columns));
    if (header.size() != columns.size()) {
      throw new IllegalArgumentException("one column per header name");
    }
  }

  /** The match of {@code header} (a file's first record) against the feed's columns. */
  public static HeaderMatch of(Feed feed, List<String> header) {
    List<String> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : header) {
      String column = normalised(name);
      columns.add(feed.columns().contains(column) && seen.add(column) ? column : null);
    }
    return new HeaderMatch(feed, header, columns);
  }

  /**
   * The layout among {@code layouts} a file with {@code header} has: the one whose columns the
   * header lacks fewest of, the first on a tie. A file of neither is then refused by that layout's
   * {@link #requireComplete}, naming what it lacks.
   */
  public static Feed layoutOf(List<String> header, List<Feed> layouts) {
    Feed best = null;
    int fewest = Integer.MAX_VALUE;
    for (Feed layout : layouts) {
      int missing = of(layout, header).missing().size();
      if (missing < fewest) {
        best = layout;
        fewest = missing;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no layout to choose from");
    }
    return best;
  }

  /** A header name as the feed's columns are written: trimmed, lower case, spaces as '_'. */
  public static String normalised(String name) {
    return name == null
        ? ""
        : name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
  }

  /** The feed's columns the header lacks, in feed order. */
  public List<String> missing() {
    return feed.columns().stream().filter(c -> !columns.contains(c)).toList();
  }

  /** The positions whose values are rescued: header names the feed does not know. */
  public List<Integer> rescued() {
    List<Integer> rescued = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) == null) {
        rescued.add(i);
      }
    }
    return rescued;
  }

  /** Fails naming the file and the missing columns unless every feed column is there. */
  public HeaderMatch requireComplete(String file) {
    List<String> missing = missing();
    if (!missing.isEmpty()) {
      throw new MissingColumnsException(
          "%s lacks the column(s) %s of %s; its header is %s"
              .formatted(file, missing, feed.describe(), header));
    }
    return this;
  }

  /** A source file lacks a column its feed needs; nothing of the file is loaded. */
  public static final class MissingColumnsException extends IllegalArgumentException {
    public MissingColumnsException(String message) {
      super(message);
    }
  }
}
