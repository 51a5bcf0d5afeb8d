package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import io.medallion.adapters.filesystem.FilesystemModule;
import io.medallion.adapters.filesystem.FilesystemSettings;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.run.RunId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run at a time per lake, as the CLI shows it: a busy lake is named, or waited for. */
class RunLockCommandTest {

  @TempDir Path workdir;
  private RunLock lock;
  private final RunId holder = RunId.startingAt(Instant.parse("2026-11-25T08:00:00Z"));

  @BeforeEach
  void aLake() throws Exception {
    Path lake = Files.createDirectories(workdir.resolve("lake"));
    lock =
        Guice.createInjector(new FilesystemModule(new FilesystemSettings(lake)))
            .getInstance(RunLock.class);
  }

  @Test
  void givenARunHoldingTheLake_demo_exitsAtOnceNamingTheHolder() {
    try (RunLock.Lease held = lock.acquire(holder, Duration.ZERO)) {
      Cli demo = Cli.run("demo", "--workdir", workdir.toString(), "--sample-titles", "20");

      assertThat(demo.exitCode()).isEqualTo(1);
      assertThat(demo.err()).contains(holder.value(), "pid " + ProcessHandle.current().pid());
    }
    assertThat(workdir.resolve("lake/bronze")).doesNotExist();
  }

  @Test
  void givenARunHoldingTheLake_maintainWithAWait_runsOnceItEnds() throws Exception {
    RunLock.Lease held = lock.acquire(holder, Duration.ZERO);
    CompletableFuture<Cli> maintain =
        CompletableFuture.supplyAsync(
            () -> Cli.run("maintain", "--workdir", workdir.toString(), "--wait", "2m"));
    Thread.sleep(1_000);
    assertThat(maintain).as("waiting while the lake is held").isNotDone();

    held.close();

    Cli done = maintain.get(2, TimeUnit.MINUTES);
    assertThat(done.exitCode()).as(done.err()).isZero();
  }

  @Test
  void givenAWaitThatIsNotADuration_run_isRefusedBeforeAnything() {
    Cli run = Cli.run("demo", "--workdir", workdir.toString(), "--wait", "soon");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a duration", "soon");
  }
}
