package io.medallion.bootstrap.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * A Spark listener a child JVM's driver loads through {@code spark.extraListeners}: it counts the
 * finished tasks of each executor id ({@code driver} in local mode) and writes the tally, one
 * {@code id tasks} line each, to the file system property {@value #FILE} names.
 */
public final class ExecutorTally extends SparkListener {

  static final String FILE = "medallion.it.executor-tally";

  private final Path file = Path.of(System.getProperty(FILE));
  private final Map<String, LongAdder> tasks = new ConcurrentHashMap<>();

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    tasks.computeIfAbsent(taskEnd.taskInfo().executorId(), id -> new LongAdder()).increment();
  }

  // After every job, not only at the end: a run that dies still leaves what it did.
  @Override
  public void onJobEnd(SparkListenerJobEnd jobEnd) {
    write();
  }

  @Override
  public void onApplicationEnd(SparkListenerApplicationEnd applicationEnd) {
    write();
  }

  private synchronized void write() {
    Map<String, Long> sorted = new TreeMap<>();
    tasks.forEach((id, count) -> sorted.put(id, count.sum()));
    List<String> lines =
        sorted.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
    try {
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(temp, lines);
      // The test may read while a job ends: it sees the last tally whole.
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A tally as written: executor id to finished tasks; empty when no task ever finished. */
  static Map<String, Long> read(Path file) throws IOException {
    Map<String, Long> tally = new TreeMap<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        String[] parts = line.split(" ");
        tally.put(parts[0], Long.parseLong(parts[1]));
      }
    }
    return tally;
  }
}
