package io.medallion.adapters.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    if (tasks.isEmpty()) {
      return;
    }
    int threads = Math.min(tasks.size(), Math.max(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CompletionService<T> ending = new ExecutorCompletionService<>(pool);
      List<Future<T>> futures = new ArrayList<>();
      tasks.forEach(task -> futures.add(ending.submit(task)));
      RuntimeException failure = null;
      for (int ended = 0; ended < futures.size(); ended++) {
        try {
          Future<T> next = ending.take();
          if (next.isCancelled()) {
            continue;
          }
          T result = next.get();
          if (failure == null) {
            done.accept(result);
          }
        } catch (ExecutionException | RuntimeException e) {
          RuntimeException cause = unchecked(e instanceof ExecutionException ? e.getCause() : e);
          if (failure == null) {
            failure = cause;
            futures.forEach(f -> f.cancel(false)); // those not started never start
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

  private static RuntimeException unchecked(Throwable t) {
    return t instanceof RuntimeException r ? r : new IllegalStateException(t);
  }
}
