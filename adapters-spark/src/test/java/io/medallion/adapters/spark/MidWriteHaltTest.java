package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MidWriteHaltTest {

  // Local mode: the task runs in this JVM, so its copy of the switch counts here.
  private static final AtomicInteger HALTS = new AtomicInteger();

  /** Armed for gold's write; its halt is counted instead of ending the test's JVM. */
  private record CountingSwitch(FaultPoint point) implements FaultSwitch {
    @Override
    public boolean armed(FaultPoint reached) {
      return reached == point;
    }

    @Override
    public void halt() {
      HALTS.incrementAndGet();
    }
  }

  @BeforeEach
  void noHaltYet() {
    HALTS.set(0);
  }

  @Test
  void givenASwitchArmedForThePoint_theWrite_haltsFromInsideItsTask() {
    Dataset<Row> rows = rows();

    long written =
        MidWriteHalt.when(
                new CountingSwitch(FaultPoint.GOLD_MID_WRITE), FaultPoint.GOLD_MID_WRITE, rows)
            .count();

    assertThat(HALTS.get()).isPositive();
    assertThat(written).isEqualTo(3);
  }

  @Test
  void givenASwitchArmedElsewhere_theRows_areUntouched() {
    Dataset<Row> rows = rows();

    Dataset<Row> same =
        MidWriteHalt.when(
            new CountingSwitch(FaultPoint.RUN_LOCKED), FaultPoint.GOLD_MID_WRITE, rows);

    assertThat(same).isSameAs(rows);
    assertThat(same.count()).isEqualTo(3);
    assertThat(HALTS.get()).isZero();
  }

  private static Dataset<Row> rows() {
    return SharedSpark.session().createDataset(List.of("a", "b", "c"), Encoders.STRING()).toDF();
  }
}
