package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.testkit.memory.InMemoryLakeStorage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeforeFirstWriteTest {

  private final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  private final List<String> seen = new ArrayList<>();
  private final BeforeFirstWrite storage =
      new BeforeFirstWrite(lake, () -> seen.add("first, lake holds " + lake.listRecursive("raw")));

  @Test
  void givenOnlyReads_first_isNeverRun() {
    lake.write("raw/a.csv", new byte[] {1});

    storage.exists("raw/a.csv");
    storage.read("raw/a.csv");
    storage.list("raw");
    storage.listRecursive("raw");

    assertThat(seen).isEmpty();
  }

  @Test
  void givenAWriteOrADelete_first_runsBeforeTheLakeChanges() {
    storage.write("raw/b.csv", new byte[] {2});
    storage.delete("raw/b.csv");

    assertThat(seen).containsExactly("first, lake holds []", "first, lake holds [raw/b.csv]");
    assertThat(lake.exists("raw/b.csv")).isFalse();
  }
}
