package io.medallion.application.service;

import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.run.RunId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the last run that brought every layer up to date left, kept in the lake: the source files as
 * its bronze found them, every table's latest commit and the versions the warehouse holds. A later
 * run that finds the same marks has nothing to do at any layer, and knows it before any engine
 * starts; a run that died half-way changed a mark without leaving a record of its own.
 */
final class CaughtUp {

  static final String FOLDER = "state/caught_up";

  private final LakeStorage lake;

  CaughtUp(LakeStorage lake) {
    this.lake = lake;
  }

  /** Marks by what they mark ({@code file ...}, {@code table ...}, {@code warehouse ...}). */
  record Marks(SortedMap<String, String> entries) {

    Marks {
      entries = new TreeMap<>(entries);
    }

    Marks with(String kind, Map<?, String> marks) {
      SortedMap<String, String> all = new TreeMap<>(entries);
      marks.forEach((what, mark) -> all.put(kind + " " + what, mark));
      return new Marks(all);
    }

    /** The marks of source files alone. */
    Marks files() {
      return new Marks(new TreeMap<>(entries.subMap("file ", "file!")));
    }

    /** The first thing marked differently in {@code now} (new, gone or changed), if any. */
    Optional<String> firstDifference(Marks now) {
      TreeSet<String> keys = new TreeSet<>(entries.keySet());
      keys.addAll(now.entries.keySet());
      return keys.stream()
          .filter(k -> !java.util.Objects.equals(entries.get(k), now.entries.get(k)))
          .findFirst()
          .map(k -> describe(k, entries.get(k), now.entries.get(k)));
    }

    private static String describe(String what, String before, String now) {
      if (before == null) {
        return what + " is new";
      }
      return now == null ? what + " is gone" : what + " changed (" + before + " -> " + now + ")";
    }
  }

  /** The marks the latest caught-up run left; empty for a lake no run brought up to date. */
  Optional<Marks> last() {
    List<String> kept = lake.list(FOLDER);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try {
      p.load(
          new StringReader(
              new String(lake.read(kept.get(kept.size() - 1)), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + kept.get(kept.size() - 1), e);
    }
    SortedMap<String, String> entries = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> entries.put(k, p.getProperty(k)));
    return Optional.of(new Marks(entries));
  }

  /** Keeps the marks a caught-up run left, in place of those of the runs before. */
  void remember(RunId run, Marks marks) {
    List<String> before = lake.list(FOLDER);
    String path = FOLDER + "/" + run.value() + ".properties";
    if (before.contains(path)) {
      return;
    }
    Properties p = new Properties();
    p.putAll(marks.entries());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      p.store(out, "what run " + run.value() + " left; a run that finds the same has nothing new");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
    lake.write(path, out.toByteArray());
    // Older records say nothing the newest does not: run ids sort by start.
    before.forEach(lake::delete);
  }
}
