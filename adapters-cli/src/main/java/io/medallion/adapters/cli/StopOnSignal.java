package io.medallion.adapters.cli;

import io.medallion.application.port.in.Watching;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Keeps a watch's time and stops it on SIGTERM or Ctrl-C: the first signal lets the running batch
 * finish and ends the watch at its next pause (the process then exits 0); a second one, with the
 * default handlers back, ends the process at once. Says on the console what the watch hears.
 */
final class StopOnSignal implements Watching, AutoCloseable {

  private static final List<String> SIGNALS = List.of("TERM", "INT");

  private final CountDownLatch stop = new CountDownLatch(1);
  private final PrintWriter out;
  private final List<Runnable> restore = new ArrayList<>();

  private StopOnSignal(PrintWriter out) {
    this.out = out;
  }

  /** Stops on SIGTERM and SIGINT until closed; a signal the JVM keeps to itself is left alone. */
  static StopOnSignal install(PrintWriter out) {
    StopOnSignal watching = new StopOnSignal(out);
    for (String name : SIGNALS) {
      Signal signal = new Signal(name);
      try {
        SignalHandler previous = Signal.handle(signal, s -> watching.signalled(s.getName()));
        watching.restore.add(() -> Signal.handle(signal, previous));
      } catch (IllegalArgumentException e) {
        // Taken by the JVM (as with -Xrs): that signal ends the process as it always did.
      }
    }
    return watching;
  }

  private void signalled(String name) {
    if (stop.getCount() > 0) {
      synchronized (out) {
        out.printf("SIG%s: stopping after the current batch%n", name);
        out.flush();
      }
    }
    close();
    stop();
  }

  /** Ends the watch at its next pause. */
  void stop() {
    stop.countDown();
  }

  @Override
  public boolean pause(Duration pause) throws InterruptedException {
    return !stop.await(pause.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void batchFailed(RuntimeException failure, int failuresInARow, Duration nextTry) {
    synchronized (out) {
      out.printf(
          Locale.ROOT,
          "%d failed in a row: %s; next try in %d s%n",
          failuresInARow,
          OneLine.reason(failure),
          nextTry.toSeconds());
      out.flush();
    }
  }

  @Override
  public void lakeBusy(String holder) {
    synchronized (out) {
      out.println("skipped a tick: " + holder);
      out.flush();
    }
  }

  /** Gives the signals back to their previous handlers (the default: end the process). */
  @Override
  public synchronized void close() {
    restore.forEach(Runnable::run);
    restore.clear();
  }
}
