package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.delta.tables.DeltaTable;
import io.medallion.application.port.out.RunLog;
import io.medallion.application.run.PastRun;
import io.medallion.application.run.PastRun.Status;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.testkit.contract.RunLogContract;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedSpark.class)
class DeltaRunLogTest extends RunLogContract {

  private static final RunId STARTED = new RunId("20261124-110000-0002");
  private static final Instant STARTED_AT = Instant.parse("2026-11-24T11:00:00Z");

  @Override
  protected RunLog newLog() throws Exception {
    return log(new LakeLocations(Files.createTempDirectory("runlog").toString()));
  }

  @Test
  void givenEventsTableOfAnEarlierReleaseWithAChangeFeed_nothingNew_isRecordedOnceWithSpark(
      SparkSession spark) throws Exception {
    LakeLocations lake = new LakeLocations(Files.createTempDirectory("runlog").toString());
    String events = lake.table(DeltaRunLog.EVENTS);
    // What an earlier release left: the session's default keeps a change data feed.
    spark
        .createDataFrame(List.<Row>of(), DeltaRunLog.SCHEMA)
        .write()
        .format("delta")
        .option("delta.enableChangeDataFeed", "true")
        .save(events);
    RunLog log = log(lake);

    log.record(nothingNew("20261124-100000-0001", "2026-11-24T10:00:00Z"));
    String afterFirst = latestEngine(spark, events);
    log.record(nothingNew("20261124-110000-0002", "2026-11-24T11:00:00Z"));

    assertThat(afterFirst).startsWith("Apache-Spark");
    assertThat(latestEngine(spark, events)).startsWith("Kernel");
    assertThat(log.history(5))
        .extracting(PastRun::status)
        .containsExactly(Status.NOTHING_NEW, Status.NOTHING_NEW);
  }

  @Test
  void givenAnEventsTable_aStartNotedTwice_isOneCommitByKernel(SparkSession spark)
      throws Exception {
    LakeLocations lake = new LakeLocations(Files.createTempDirectory("runlog").toString());
    String events = lake.table(DeltaRunLog.EVENTS);
    RunLog log = log(lake);

    assertThat(commitsOfAStartNotedTwice(spark, log, events)).isEqualTo(1);

    assertThat(latestEngine(spark, events)).startsWith("Kernel");
    assertThat(log.history(5))
        .extracting(PastRun::runId, PastRun::status)
        .containsExactly(
            tuple(STARTED, Status.DIED),
            tuple(new RunId("20261124-100000-0001"), Status.NOTHING_NEW));
    assertThat(log.history(1).get(0).startedAt()).isEqualTo(STARTED_AT);
  }

  @Test
  void givenNoKernel_aStartNotedTwice_isOneCommitBySpark(SparkSession spark) throws Exception {
    LakeLocations lake = new LakeLocations(Files.createTempDirectory("runlog").toString());
    String events = lake.table(DeltaRunLog.EVENTS);
    // As on a cluster, whose runtime brings Delta but not Kernel.
    RunLog log =
        new DeltaRunLog(
            SharedSpark::session,
            lake,
            () -> new DeltaTables(SharedSpark.session()),
            Optional.empty());

    assertThat(commitsOfAStartNotedTwice(spark, log, events)).isEqualTo(1);

    assertThat(latestEngine(spark, events)).startsWith("Apache-Spark");
    assertThat(log.history(1).get(0).startedAt()).isEqualTo(STARTED_AT);
  }

  /** After a recorded run, notes the start of {@link #STARTED} twice; the commits that made. */
  private static long commitsOfAStartNotedTwice(SparkSession spark, RunLog log, String events) {
    log.record(nothingNew("20261124-100000-0001", "2026-11-24T10:00:00Z"));
    long before = version(spark, events);
    log.started(STARTED, STARTED_AT);
    log.started(STARTED, STARTED_AT.plusSeconds(5));
    return version(spark, events) - before;
  }

  @Test
  void givenARunRecordedTwice_itsRecordIsOneCommit_byKernelAndBySpark(SparkSession spark)
      throws Exception {
    LakeLocations lake = new LakeLocations(Files.createTempDirectory("runlog").toString());
    String events = lake.table(DeltaRunLog.EVENTS);
    RunLog log = log(lake);
    log.record(nothingNew("20261124-100000-0001", "2026-11-24T10:00:00Z"));
    long created = version(spark, events);
    RunReport byKernel = nothingNew("20261124-110000-0002", "2026-11-24T11:00:00Z");
    RunReport bySpark = report("20261124-120000-0003", "2026-11-24T12:00:00Z", false);

    log.record(byKernel);
    log.record(byKernel);
    long afterKernel = version(spark, events);
    String kernelEngine = latestEngine(spark, events);
    log.record(bySpark);
    log.record(bySpark);

    assertThat(afterKernel).isEqualTo(created + 1);
    assertThat(kernelEngine).startsWith("Kernel");
    assertThat(version(spark, events)).isEqualTo(created + 2);
    assertThat(latestEngine(spark, events)).startsWith("Apache-Spark");
    assertThat(log.history(5))
        .extracting(PastRun::runId)
        .containsExactly(bySpark.runId(), byKernel.runId(), new RunId("20261124-100000-0001"));
  }

  private static long version(SparkSession spark, String path) {
    return DeltaTable.forPath(spark, path).history(1).select("version").first().getLong(0);
  }

  private static String latestEngine(SparkSession spark, String path) {
    return DeltaTable.forPath(spark, path).history(1).select("engineInfo").first().getString(0);
  }

  private static RunReport nothingNew(String id, String at) {
    return report(id, at, true);
  }

  private static RunReport report(String id, String at, boolean nothingNew) {
    Instant start = Instant.parse(at);
    return new RunReport(
        new RunId(id),
        start,
        start.plusSeconds(1),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        nothingNew);
  }

  private static RunLog log(LakeLocations lake) {
    return new DeltaRunLog(
        SharedSpark::session,
        lake,
        () -> new DeltaTables(SharedSpark.session()),
        Optional.of(new KernelAppend(SharedSpark.session().sparkContext().hadoopConfiguration())));
  }
}
