package io.medallion.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.LakeStorage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link LakeStorage} adapter must do; subclass it with a fresh lake per test. */
public abstract class LakeStorageContract {

  /** A new, empty lake. */
  protected abstract LakeStorage newLake() throws Exception;

  /** The bytes of a file of the lake under test, read back outside the port. */
  protected abstract byte[] readBack(LakeStorage lake, String path) throws Exception;

  @Test
  void givenNewFile_write_makesItExistWithItsBytes() throws Exception {
    LakeStorage lake = newLake();
    byte[] content = "cast,show_id\nAda,1\n".getBytes(StandardCharsets.UTF_8);

    lake.write("raw/netflix_cast/a.csv", content);

    assertThat(lake.exists("raw/netflix_cast/a.csv")).isTrue();
    assertThat(readBack(lake, "raw/netflix_cast/a.csv")).isEqualTo(content);
  }

  @Test
  void givenNewLake_problems_isEmptyAndCreatesNothing() throws Exception {
    LakeStorage lake = newLake();

    assertThat(lake.problems()).isEmpty();
    assertThat(lake.listRecursive("raw")).isEmpty();
  }

  @Test
  void givenLakeWithFiles_problems_isEmpty() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", new byte[] {1});

    assertThat(lake.problems()).isEmpty();
    assertThat(lake.listRecursive("raw")).containsExactly("raw/x/a.csv");
  }

  @Test
  void givenNoFile_exists_isFalse() throws Exception {
    assertThat(newLake().exists("raw/netflix_cast/missing.csv")).isFalse();
  }

  @Test
  void givenExistingFile_write_refusesAndKeepsTheOldBytes() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", new byte[] {1});

    assertThatThrownBy(() -> lake.write("raw/x/a.csv", new byte[] {2}))
        .hasMessageContaining("raw/x/a.csv");
    assertThat(readBack(lake, "raw/x/a.csv")).containsExactly(1);
  }

  @Test
  void givenEmptyContent_write_landsAnEmptyFile() throws Exception {
    LakeStorage lake = newLake();

    lake.write("raw/x/empty.csv", new byte[0]);

    assertThat(readBack(lake, "raw/x/empty.csv")).isEmpty();
  }

  @Test
  void givenPathEscapingTheLake_write_isRefused() throws Exception {
    LakeStorage lake = newLake();

    assertThatThrownBy(() -> lake.write("../outside.csv", new byte[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lake.write("/etc/passwd", new byte[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenFile_read_givesItsBytes() throws Exception {
    LakeStorage lake = newLake();
    lake.write("ledger/netflix_cast/a.properties", new byte[] {1, 2, 3});

    assertThat(lake.read("ledger/netflix_cast/a.properties")).containsExactly(1, 2, 3);
  }

  @Test
  void givenNoFile_read_failsNamingThePath() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", new byte[] {1});

    assertThatThrownBy(() -> lake.read("raw/x/missing.csv"))
        .hasMessageContaining("raw/x/missing.csv");
  }

  @Test
  void givenFilesWrittenOutOfOrder_list_givesTheirPathsSorted() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/b.csv", new byte[] {2});
    lake.write("raw/x/a.csv", new byte[] {1});
    lake.write("raw/x/C.csv", new byte[] {3});
    lake.write("raw/x/a.csv.bak", new byte[] {4});

    assertThat(lake.list("raw/x"))
        .containsExactly("raw/x/C.csv", "raw/x/a.csv", "raw/x/a.csv.bak", "raw/x/b.csv");
  }

  @Test
  void givenTemporaryAndHiddenFiles_list_leavesThemOut() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/_a.csv.tmp", new byte[] {1});
    lake.write("raw/x/.a.csv.crc", new byte[] {2});
    lake.write("raw/x/a.csv", new byte[] {3});

    assertThat(lake.list("raw/x")).containsExactly("raw/x/a.csv");
  }

  @Test
  void givenNestedFolders_list_givesOnlyTheFilesDirectlyInTheFolder() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", new byte[] {1});
    lake.write("raw/x/y/b.csv", new byte[] {2});
    lake.write("raw/xy/c.csv", new byte[] {3});

    assertThat(lake.list("raw/x")).containsExactly("raw/x/a.csv");
    assertThat(lake.list("raw")).isEmpty();
  }

  @Test
  void givenNoFolder_list_isEmpty() throws Exception {
    LakeStorage lake = newLake();

    assertThat(lake.list("ledger/netflix_cast")).isEmpty();
    lake.write("ledger/netflix_titles/a.properties", new byte[] {1});
    assertThat(lake.list("ledger/netflix_cast")).isEmpty();
  }

  @Test
  void givenPathEscapingTheLake_readAndList_areRefused() throws Exception {
    LakeStorage lake = newLake();

    assertThatThrownBy(() -> lake.read("../outside.csv"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lake.list("/etc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lake.list("raw/../..")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenFile_delete_makesItGoneAndUnlisted() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", new byte[] {1});
    lake.write("raw/x/b.csv", new byte[] {2});

    lake.delete("raw/x/a.csv");

    assertThat(lake.exists("raw/x/a.csv")).isFalse();
    assertThat(lake.list("raw/x")).containsExactly("raw/x/b.csv");
    assertThat(lake.listRecursive("raw")).containsExactly("raw/x/b.csv");
    assertThatThrownBy(() -> lake.read("raw/x/a.csv")).hasMessageContaining("raw/x/a.csv");
  }

  @Test
  void givenDeletedFile_write_landsItAgain() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", new byte[] {1});
    lake.delete("raw/x/a.csv");

    lake.write("raw/x/a.csv", new byte[] {2});

    assertThat(readBack(lake, "raw/x/a.csv")).containsExactly(2);
  }

  @Test
  void givenNoFile_delete_failsNamingThePath() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", new byte[] {1});

    assertThatThrownBy(() -> lake.delete("raw/x/missing.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("raw/x/missing.csv");
    assertThatThrownBy(() -> lake.delete("raw/y/a.csv")).hasMessageContaining("raw/y/a.csv");
  }

  @Test
  void givenFolderAtPath_delete_failsAndKeepsItsFiles() throws Exception {
    LakeStorage lake = newLake();
    lake.write("raw/x/a.csv", new byte[] {1});

    assertThatThrownBy(() -> lake.delete("raw/x")).hasMessageContaining("raw/x");
    assertThat(lake.exists("raw/x/a.csv")).isTrue();
  }

  @Test
  void givenNestedFiles_listRecursive_givesEveryFileUnderTheFolderSortedAsStrings()
      throws Exception {
    LakeStorage lake = newLake();
    for (String path :
        List.of(
            "raw/x/b.csv",
            "raw/x/y/z/c.csv",
            "raw/x/a/b.csv",
            "raw/x/a-b.csv",
            "raw/x/C.csv",
            "raw/x/y/a.csv",
            "raw/xy/c.csv",
            "raw/a.csv")) {
      lake.write(path, new byte[] {1});
    }

    // "raw/x/a-b.csv" before "raw/x/a/b.csv": the order of the path strings, not of a tree walk.
    assertThat(lake.listRecursive("raw/x"))
        .containsExactly(
            "raw/x/C.csv",
            "raw/x/a-b.csv",
            "raw/x/a/b.csv",
            "raw/x/b.csv",
            "raw/x/y/a.csv",
            "raw/x/y/z/c.csv");
  }

  @Test
  void givenTemporaryAndHiddenFilesAndFolders_listRecursive_leavesThemOut() throws Exception {
    LakeStorage lake = newLake();
    for (String path :
        List.of(
            "silver/t/_a.parquet.tmp",
            "silver/t/.a.parquet.crc",
            "silver/t/_delta_log/00000.json",
            "silver/t/p=1/.hidden/b.parquet",
            "silver/t/p=1/_b.parquet",
            "silver/t/p=1/b.parquet",
            "silver/t/a_b.parquet")) {
      lake.write(path, new byte[] {1});
    }

    assertThat(lake.listRecursive("silver/t"))
        .containsExactly("silver/t/a_b.parquet", "silver/t/p=1/b.parquet");
  }

  @Test
  void givenNoFolder_listRecursive_isEmpty() throws Exception {
    LakeStorage lake = newLake();

    assertThat(lake.listRecursive("raw/x")).isEmpty();
    lake.write("raw/xy/a.csv", new byte[] {1});
    lake.write("raw/x.csv", new byte[] {1});
    assertThat(lake.listRecursive("raw/x")).isEmpty();
  }

  @Test
  void givenPathEscapingTheLake_deleteAndListRecursive_areRefused() throws Exception {
    LakeStorage lake = newLake();

    assertThatThrownBy(() -> lake.delete("../outside.csv"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lake.delete("/etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lake.listRecursive("/etc"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lake.listRecursive("raw/../.."))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
