package io.medallion.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.run.RunId;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RunLockFileTest {

  private static final RunLockHolder HOLDER =
      new RunLockHolder(
          new RunId("20261124-100000-0001"),
          "worker-3",
          4242,
          Instant.parse("2026-11-24T10:00:00.123Z"));

  @Test
  void givenAHolder_toBytes_writesItsKeysAsProperties() throws Exception {
    Properties written = properties(new RunLockFile(HOLDER, Map.of()).toBytes("a comment"));

    assertThat(written)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "run_id", "20261124-100000-0001",
                "host", "worker-3",
                "pid", "4242",
                "since", "2026-11-24T10:00:00.123Z"));
  }

  @Test
  void givenAComment_toBytes_beginsWithIt() {
    byte[] bytes = new RunLockFile(HOLDER, Map.of()).toBytes(RunLockFile.COMMENT + ", by a lease");

    assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
        .startsWith("#medallion run lock: one run at a time on this lake, by a lease");
  }

  @Test
  void givenAFileWithKeysOfItsAdapter_parse_givesBackTheHolderAndThoseKeys() {
    RunLockFile file = new RunLockFile(HOLDER, Map.of("lease", "l-1", "incarnation", "i-1"));

    RunLockFile read = RunLockFile.parse(file.toBytes(RunLockFile.COMMENT));

    assertThat(read).isEqualTo(file);
    assertThat(read.own("lease")).isEqualTo("l-1");
  }

  @Test
  void givenAHostBeyondAscii_parse_givesItBackUnchanged() {
    RunLockHolder holder = new RunLockHolder(HOLDER.run(), "hôte-東京", HOLDER.pid(), HOLDER.since());

    RunLockFile read =
        RunLockFile.parse(new RunLockFile(holder, Map.of()).toBytes(RunLockFile.COMMENT));

    assertThat(read.holder()).isEqualTo(holder);
  }

  @Test
  void givenAFileWrittenInLatin1ByHand_parse_readsItAsPropertiesFilesAre() {
    byte[] content =
        "run_id=20261124-100000-0001\nhost=h\u00f4te\npid=1\nsince=2026-11-24T10:00:00Z\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(RunLockFile.parse(content).holder().host()).isEqualTo("h\u00f4te");
  }

  @Test
  void givenAnEmptyFile_parse_isRefused() {
    assertThatThrownBy(() -> RunLockFile.parse(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("run_id");
  }

  @Test
  void givenAFileWithoutItsHost_parse_isRefusedNamingTheKey() {
    byte[] content =
        "run_id=20261124-100000-0001\npid=1\nsince=2026-11-24T10:00:00Z\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> RunLockFile.parse(content))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no host");
  }

  @Test
  void givenAFileWhoseSinceIsNoInstant_parse_isRefused() {
    byte[] content =
        "run_id=20261124-100000-0001\nhost=h\npid=1\nsince=yesterday\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> RunLockFile.parse(content))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenAFileWithoutAKeyOfItsAdapter_own_isRefusedNamingTheKey() {
    RunLockFile file = new RunLockFile(HOLDER, Map.of());

    assertThatThrownBy(() -> file.own("lease"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no lease");
  }

  @Test
  void givenAnAdapterKeyThatIsTheHolders_construction_isRefused() {
    assertThatThrownBy(() -> new RunLockFile(HOLDER, Map.of("pid", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pid");
  }

  private static Properties properties(byte[] bytes) throws Exception {
    Properties p = new Properties();
    p.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
    return p;
  }
}
