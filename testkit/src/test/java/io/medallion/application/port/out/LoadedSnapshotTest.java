package io.medallion.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadedSnapshotTest {

  private static final TableName DIM_TITLE = TableName.of(Layer.GOLD, "dim_title");
  private static final TableName BY_YEAR = TableName.of(Layer.GOLD, "agg_titles_by_year");
  private static final URI A = URI.create("file:///lake/gold/dim_title/part-a.parquet");
  private static final URI B = URI.create("file:///lake/gold/dim_title/part-b.parquet");

  @Test
  void givenTheRecordOfTheSnapshotsLoad_holds_isTrue() {
    TableSnapshot snapshot = snapshot(DIM_TITLE, 7, A);

    assertThat(LoadedSnapshot.holds(List.of(LoadedSnapshot.of(snapshot)), true, snapshot)).isTrue();
  }

  @Test
  void givenARecordOfAnotherVersion_holds_isFalse() {
    List<LoadedSnapshot> records = List.of(LoadedSnapshot.of(snapshot(DIM_TITLE, 6, A)));

    assertThat(LoadedSnapshot.holds(records, true, snapshot(DIM_TITLE, 7, A))).isFalse();
  }

  @Test
  void givenTheSameVersionRebuiltOverOtherFiles_holds_isFalse() {
    List<LoadedSnapshot> records = List.of(LoadedSnapshot.of(snapshot(DIM_TITLE, 7, A)));

    assertThat(LoadedSnapshot.holds(records, true, snapshot(DIM_TITLE, 7, B))).isFalse();
  }

  @Test
  void givenTheRecordOfAnotherTable_holds_isFalse() {
    List<LoadedSnapshot> records = List.of(LoadedSnapshot.of(snapshot(BY_YEAR, 7, A)));

    assertThat(LoadedSnapshot.holds(records, true, snapshot(DIM_TITLE, 7, A))).isFalse();
  }

  @Test
  void givenARecordMadeBeforeFilesWereRecorded_holds_isFalse() {
    List<LoadedSnapshot> records = List.of(new LoadedSnapshot(DIM_TITLE, 7, null));

    assertThat(LoadedSnapshot.holds(records, true, snapshot(DIM_TITLE, 7, A))).isFalse();
  }

  @Test
  void givenTheTableDroppedByHandSinceItsLoad_holds_isFalseWhateverTheRecordSays() {
    TableSnapshot snapshot = snapshot(DIM_TITLE, 7, A);

    assertThat(LoadedSnapshot.holds(List.of(LoadedSnapshot.of(snapshot)), false, snapshot))
        .isFalse();
  }

  @Test
  void givenNoRecord_holds_isFalse() {
    assertThat(LoadedSnapshot.holds(List.of(), true, snapshot(DIM_TITLE, 7, A))).isFalse();
  }

  @Test
  void givenRecordsOfALiveAndADroppedTable_versions_keepsTheLiveOnesVersion() {
    List<LoadedSnapshot> records =
        List.of(
            LoadedSnapshot.of(snapshot(DIM_TITLE, 7, A)),
            LoadedSnapshot.of(snapshot(BY_YEAR, 3, B)));

    assertThat(LoadedSnapshot.versions(records, Set.of(DIM_TITLE)::contains))
        .isEqualTo(Map.of(DIM_TITLE, 7L));
  }

  @Test
  void givenARecordWithoutFiles_versions_stillGivesItsVersion() {
    List<LoadedSnapshot> records = List.of(new LoadedSnapshot(DIM_TITLE, 7, null));

    assertThat(LoadedSnapshot.versions(records, table -> true)).isEqualTo(Map.of(DIM_TITLE, 7L));
  }

  @Test
  void givenALoadCommittedAtAnInstant_loadedAt_isItsUtcWallClockTime() {
    assertThat(LoadedSnapshot.loadedAt(Instant.parse("2026-01-01T23:30:00.123Z")))
        .isEqualTo(LocalDateTime.parse("2026-01-01T23:30:00.123"));
  }

  @Test
  void givenASnapshot_of_recordsItsTableVersionAndFiles() {
    TableSnapshot snapshot = snapshot(DIM_TITLE, 7, A, B);

    assertThat(LoadedSnapshot.of(snapshot))
        .isEqualTo(new LoadedSnapshot(DIM_TITLE, 7, snapshot.filesSha256()));
  }

  private static TableSnapshot snapshot(TableName table, long version, URI... files) {
    return new TableSnapshot(
        table, version, List.of(new Column("show_id", ColumnType.STRING)), List.of(files));
  }
}
