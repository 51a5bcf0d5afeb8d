package io.medallion.adapters.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.LakeStorage;
import io.medallion.testkit.contract.LakeStorageContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilesystemLakeStorageTest extends LakeStorageContract {

  @TempDir Path folder;

  private Path root() {
    // A root that does not exist yet: the first write must create it.
    return folder.resolve("lake");
  }

  @Override
  protected LakeStorage newLake() {
    return new FilesystemLakeStorage(root());
  }

  @Override
  protected byte[] readBack(LakeStorage lake, String path) throws Exception {
    return Files.readAllBytes(root().resolve(path));
  }

  @Test
  void givenWrites_write_leavesNoUnderscoreFileBehind() throws Exception {
    LakeStorage lake = newLake();

    lake.write("raw/netflix_cast/a.csv", bytes("a"));
    lake.write("raw/netflix_cast/b.csv", bytes("b"));

    assertThat(namesIn(root().resolve("raw/netflix_cast"))).containsExactly("a.csv", "b.csv");
  }

  @Test
  void givenExistingFile_refusedWrite_leavesNoUnderscoreFileBehind() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", bytes("old"));

    assertThatThrownBy(() -> lake.write("raw/x/a.csv", bytes("new")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("raw/x/a.csv");
    assertThat(namesIn(root().resolve("raw/x"))).containsExactly("a.csv");
  }

  @Test
  void givenWritersRacingForOnePath_write_letsExactlyOneWin() throws Exception {
    LakeStorage lake = newLake();
    int writers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(writers);
    List<Future<String>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < writers; i++) {
        String content = "writer " + i;
        outcomes.add(threads.submit(() -> raceToWrite(lake, start, content)));
      }
      start.countDown();
      List<String> winners = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        if (outcome.get() != null) {
          winners.add(outcome.get());
        }
      }

      assertThat(winners).hasSize(1);
      assertThat(readBack(lake, "raw/x/race.csv")).isEqualTo(bytes(winners.get(0)));
      assertThat(namesIn(root().resolve("raw/x"))).containsExactly("race.csv");
    } finally {
      threads.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "raw//a.csv", "raw/./a.csv", "raw/x/", "raw\\..\\a.csv", "c:a.csv"})
  void givenMalformedPath_writeAndExists_areRefused(String path) {
    LakeStorage lake = newLake();

    assertThatThrownBy(() -> lake.write(path, bytes("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lake.exists(path)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lake.read(path)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lake.list(path)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lake.listRecursive(path)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lake.delete(path)).isInstanceOf(IllegalArgumentException.class);
    assertThat(root()).doesNotExist();
  }

  @Test
  void givenAWriteInFlightBesideAFile_list_givesOnlyThePublishedFile() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", bytes("a"));
    // What a concurrent write leaves on disk before it publishes, and what Hadoop leaves beside.
    Files.write(root().resolve("raw/x/_b.csv.0b9e4c6a"), bytes("half of b"));
    Files.write(root().resolve("raw/x/.a.csv.crc"), bytes("crc"));
    Files.createDirectories(root().resolve("raw/x/_delta_log"));

    assertThat(lake.list("raw/x")).containsExactly("raw/x/a.csv");
  }

  @Test
  void givenFileWhereAFolderIsAsked_list_isEmpty() {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", bytes("a"));

    assertThat(lake.list("raw/x/a.csv")).isEmpty();
  }

  @Test
  void givenEmptyFolderAtPath_delete_failsAndKeepsIt() throws Exception {
    Files.createDirectories(root().resolve("raw/x"));
    LakeStorage lake = newLake();

    assertThatThrownBy(() -> lake.delete("raw/x")).hasMessage("no lake file raw/x");
    assertThat(root().resolve("raw/x")).isDirectory();
  }

  @Test
  void givenFileOrHiddenFolderWhereAFolderIsAsked_listRecursive_isEmpty() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", bytes("a"));
    Files.createDirectories(root().resolve("raw/_delta_log/y"));
    Files.write(root().resolve("raw/_delta_log/y/0.json"), bytes("{}"));

    assertThat(lake.listRecursive("raw/x/a.csv")).isEmpty();
    assertThat(lake.listRecursive("raw")).containsExactly("raw/x/a.csv");
    assertThat(lake.listRecursive("raw/_delta_log")).containsExactly("raw/_delta_log/y/0.json");
  }

  @Test
  void givenFolderAtPath_read_failsNamingIt() {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", bytes("a"));

    assertThatThrownBy(() -> lake.read("raw/x")).hasMessageContaining("raw/x");
  }

  @Test
  void givenFolderAtPath_exists_isFalse() {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", bytes("a"));

    assertThat(lake.exists("raw/x")).isFalse();
  }

  private static String raceToWrite(LakeStorage lake, CountDownLatch start, String content)
      throws InterruptedException {
    start.await();
    try {
      lake.write("raw/x/race.csv", bytes(content));
      return content;
    } catch (IllegalStateException lost) {
      return null;
    }
  }

  private static List<String> namesIn(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
