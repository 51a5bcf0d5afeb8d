package io.medallion.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

  @TempDir Path dir;

  @Test
  void givenChildTouching300Mb_run_seesPeakAbove300MbAndItsExitCode() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/self/status")), "needs Linux's /proc to sample memory");

    Measured big = ChildProcess.run(java(Hog.class, "300", "3"), dir.resolve("big.log"));
    Measured small = ChildProcess.run(java(Hog.class, "1", "0"), dir.resolve("small.log"));

    assertThat(big.exitCode()).as(Files.readString(dir.resolve("big.log"))).isEqualTo(3);
    assertThat(big.peakRssMb()).isGreaterThanOrEqualTo(300);
    assertThat(small.exitCode()).isZero();
    assertThat(small.peakRssMb()).isPositive().isLessThan(big.peakRssMb() - 250);
    assertThat(big.wall()).isPositive();
  }

  private static List<String> java(Class<?> main, String... args) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /** Fills the given megabytes (every page touched), holds them a moment, exits with a code. */
  static final class Hog {
    public static void main(String[] args) throws InterruptedException {
      byte[][] blocks = new byte[Integer.parseInt(args[0])][];
      for (int i = 0; i < blocks.length; i++) {
        blocks[i] = new byte[1 << 20];
        java.util.Arrays.fill(blocks[i], (byte) i);
      }
      Thread.sleep(300);
      System.exit(blocks.length > 0 ? Integer.parseInt(args[1]) : 1);
    }
  }
}
