package io.medallion.adapters.spark;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs a layer's tables side by side on a few threads: a table's work on Spark is mostly the driver
 * waiting (planning, a small job, a commit), so one table at a time leaves the cores idle. Each
 * result is handed to the caller's thread as its table ends. After the first failure no task that
 * has not started starts; every started one ends before the failure is thrown.
 */
final class SideBySide {

  private SideBySide() {}

  static <T> void run(List<Callable<T>> tasks, Consumer<T> done) {
    run(tasks, done, true);
  }

  /** As {@link #run}, but every task runs even after one has failed. */
  static <T> void runEvery(List<Callable<T>> tasks, Consumer<T> done) {
    run(tasks, done, false);
  }

  private static <T> void run(List<Callable<T>> tasks, Consumer<T> done, boolean stopOnFailure) {
    if (tasks.isEmpty()) {
      return;
    }
    int threads = Math.min(tasks.size(), Math.max(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicBoolean failed = new AtomicBoolean();
    try {
      CompletionService<Optional<T>> ending = new ExecutorCompletionService<>(pool);
      tasks.forEach(
          task ->
              ending.submit(
                  stopOnFailure
                      ? () -> unlessFailed(task, failed)
                      : () -> Optional.of(task.call())));
      RuntimeException failure = null;
      for (int ended = 0; ended < tasks.size(); ended++) {
        try {
          Optional<T> result = ending.take().get();
          if (failure == null && result.isPresent()) {
            done.accept(result.get());
          }
        } catch (ExecutionException | RuntimeException e) {
          failed.set(true);
          RuntimeException cause = unchecked(e instanceof ExecutionException ? e.getCause() : e);
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while tables were being written", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdown();
    }
  }

  /** The task's result; empty, without running it, once another task has failed. */
  private static <T> Optional<T> unlessFailed(Callable<T> task, AtomicBoolean failed)
      throws Exception {
    if (failed.get()) {
      return Optional.empty();
    }
    try {
      return Optional.of(task.call());
    } catch (Exception | Error e) {
      failed.set(true);
      throw e;
    }
  }

  private static RuntimeException unchecked(Throwable t) {
    return t instanceof RuntimeException r ? r : new IllegalStateException(t);
  }
}
