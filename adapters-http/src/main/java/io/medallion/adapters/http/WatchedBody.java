package io.medallion.adapters.http;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects a response body whole while noting when anything last arrived (the headers or a piece of
 * the body), so that a stalled answer can be told from a slow but moving one.
 */
final class WatchedBody implements BodyHandler<byte[]> {

  private final AtomicLong lastArrival;

  /**
   * Starts watching a request sent now, counting its first arrival as if it came after {@code
   * grace}: until the headers come, HttpClient's own connect and request timeouts, which say which
   * of the two struck, are left to strike first.
   */
  WatchedBody(Duration grace) {
    this.lastArrival = new AtomicLong(System.nanoTime() + grace.toNanos());
  }

  /** The {@link System#nanoTime()} of the last arrival, or the end of the grace. */
  long lastArrival() {
    return lastArrival.get();
  }

  @Override
  public BodySubscriber<byte[]> apply(ResponseInfo info) {
    lastArrival.set(System.nanoTime());
    BodySubscriber<byte[]> whole = BodySubscribers.ofByteArray();
    return new BodySubscriber<>() {
      @Override
      public CompletionStage<byte[]> getBody() {
        return whole.getBody();
      }

      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        whole.onSubscribe(subscription);
      }

      @Override
      public void onNext(List<ByteBuffer> item) {
        lastArrival.set(System.nanoTime());
        whole.onNext(item);
      }

      @Override
      public void onError(Throwable throwable) {
        whole.onError(throwable);
      }

      @Override
      public void onComplete() {
        whole.onComplete();
      }
    };
  }
}
