package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import io.medallion.domain.medallion.GoldTable;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableSnapshotTest {

  private static final URI A = URI.create("file:///lake/gold/dim_title/part-a.parquet");
  private static final URI B = URI.create("file:///lake/gold/dim_title/part-b.parquet");

  @Test
  void givenTheSameFilesInAnotherOrder_filesSha256_isTheSame() {
    assertThat(snapshot(7, A, B).filesSha256()).isEqualTo(snapshot(7, B, A).filesSha256());
  }

  @Test
  void givenTheSameVersionOverOtherFiles_filesSha256_differs() {
    assertThat(snapshot(7, A).filesSha256())
        .hasSize(64)
        .isNotEqualTo(snapshot(7, B).filesSha256())
        .isNotEqualTo(snapshot(7, A, B).filesSha256());
  }

  private static TableSnapshot snapshot(long version, URI... files) {
    return new TableSnapshot(
        GoldTable.DIM_TITLE.table(),
        version,
        List.of(new Column("show_id", ColumnType.STRING)),
        List.of(files));
  }
}
