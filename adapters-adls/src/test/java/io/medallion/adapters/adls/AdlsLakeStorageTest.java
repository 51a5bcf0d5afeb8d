package io.medallion.adapters.adls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.LakeStorage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdlsLakeStorageTest {

  private static final String TARGET = "raw/x/a.csv";

  private EmulatedAccount account;

  @BeforeEach
  void startAccount() throws Exception {
    account = new EmulatedAccount();
  }

  @AfterEach
  void stopAccount() {
    account.close();
  }

  @Test
  void givenTargetLandingBetweenCheckAndRename_write_refusesAndRemovesItsTemp() {
    LakeStorage lake = account.lake();
    account.emulator.beforeNext("rename", () -> plant(TARGET, "theirs", Instant.now()));

    assertThatThrownBy(() -> lake.write(TARGET, bytes("ours")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a lake file is never overwritten: " + TARGET);
    assertThat(account.bytesOf(TARGET)).isEqualTo(bytes("theirs"));
    assertThat(account.files()).containsExactly("medallion/" + TARGET);
  }

  @Test
  void givenTempChangedBeforeRename_write_failsNamingThePathAndPublishesNothing() {
    LakeStorage lake = account.lake();
    account.emulator.beforeNext("rename", () -> account.emulator.tree().touch("lake", temp()));

    assertThatThrownBy(() -> lake.write(TARGET, bytes("ours")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(TARGET)
        .hasMessageContaining("changed or vanished before it was published")
        .hasMessageContaining("SourceConditionNotMet");
    assertThat(lake.exists(TARGET)).isFalse();
    assertThat(account.files()).isEmpty();
  }

  @Test
  void givenTempChangedBeforeFlush_write_failsNamingThePathAndPublishesNothing() {
    LakeStorage lake = account.lake();
    account.emulator.beforeNext("flush", () -> account.emulator.tree().touch("lake", temp()));

    assertThatThrownBy(() -> lake.write(TARGET, bytes("ours")))
        .hasMessageContaining(TARGET)
        .hasMessageContaining("HTTP 412 ConditionNotMet");
    assertThat(account.files()).isEmpty();
  }

  @Test
  void givenFileOfThreePieces_write_sendsTheMd5OfEachPiece() throws Exception {
    LakeStorage lake = account.lake();
    byte[] content = new byte[9 * 1024 * 1024];
    new Random(7).nextBytes(content);

    lake.write(TARGET, content);

    assertThat(account.emulator.appendHashes())
        .hasSize(3)
        .allSatisfy(hash -> assertThat(Base64.getDecoder().decode(hash)).hasSize(16));
    assertThat(lake.read(TARGET)).isEqualTo(content);
  }

  @Test
  void givenPieceDamagedOnTheWay_write_isRefusedByTheServiceAndPublishesNothing() {
    LakeStorage lake = account.lake();
    account.emulator.damageNextAppend();

    assertThatThrownBy(() -> lake.write(TARGET, bytes("ours")))
        .hasMessage("could not write lake file " + TARGET + " (HTTP 400 Md5Mismatch)");
    assertThat(account.files()).isEmpty();
  }

  @Test
  void givenOrphanedTemps_firstUse_sweepsTheOldOnesOnly() {
    Instant longAgo = Instant.now().minus(2, ChronoUnit.HOURS);
    plant("raw/x/_medallion-tmp-1234-a.csv", "orphan", longAgo);
    plant("raw/x/y/_medallion-tmp-5678-b.csv", "orphan", longAgo);
    plant("raw/x/_medallion-tmp-9abc-c.csv", "in flight", Instant.now());
    plant("raw/x/_SUCCESS", "", longAgo);
    LakeStorage lake = account.lake();
    assertThat(account.files()).hasSize(4);

    lake.exists(TARGET);

    assertThat(account.files())
        .containsExactlyInAnyOrder(
            "medallion/raw/x/_medallion-tmp-9abc-c.csv", "medallion/raw/x/_SUCCESS");
  }

  @Test
  void givenWritersRacingForOnePath_write_letsExactlyOneWin() throws Exception {
    LakeStorage lake = account.lake();
    int writers = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(writers);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
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
      assertThat(account.bytesOf(TARGET)).isEqualTo(bytes(winners.get(0)));
      assertThat(account.files()).containsExactly("medallion/" + TARGET);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void givenMoreFilesThanAPage_list_followsTheContinuation() {
    LakeStorage lake = account.lake();
    for (String name : List.of("e", "d", "c", "b", "a")) {
      lake.write("raw/x/" + name + ".csv", bytes(name));
    }

    assertThat(lake.list("raw/x"))
        .containsExactly("raw/x/a.csv", "raw/x/b.csv", "raw/x/c.csv", "raw/x/d.csv", "raw/x/e.csv");
  }

  @Test
  void givenFolderAtPath_readAndExists_seeNoFile() {
    LakeStorage lake = account.lake();
    lake.write(TARGET, bytes("a"));

    assertThat(lake.exists("raw/x")).isFalse();
    assertThatThrownBy(() -> lake.read("raw/x")).hasMessageContaining("no lake file raw/x");
    assertThat(lake.list(TARGET)).isEmpty();
  }

  private String temp() {
    return account.files().stream()
        .filter(name -> name.contains(AtomicWrite.TEMP_PREFIX))
        .findFirst()
        .orElseThrow();
  }

  private void plant(String path, String content, Instant when) {
    account.emulator.tree().plant("lake", "medallion/" + path, bytes(content), when);
  }

  private static String raceToWrite(LakeStorage lake, CountDownLatch start, String content)
      throws InterruptedException {
    start.await();
    try {
      lake.write(TARGET, bytes(content));
      return content;
    } catch (IllegalStateException lost) {
      return null;
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
