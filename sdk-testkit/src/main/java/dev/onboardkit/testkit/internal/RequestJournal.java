package dev.onboardkit.testkit.internal;

import dev.onboardkit.testkit.Exchange;
import dev.onboardkit.testkit.IncomingRequest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a fake server records about its traffic: the request count, a bounded text log ({@value #LOG_CAPACITY} lines)
 * and a bounded record of exchanges ({@value #EXCHANGE_CAPACITY}), which tests can wait on. Thread-safe.
 */
final class RequestJournal {
  /** Most log lines kept. */
  static final int LOG_CAPACITY = 10_000;
  /** Most exchanges kept; older ones are forgotten (the count of recorded exchanges keeps growing). */
  static final int EXCHANGE_CAPACITY = 100_000;

  private final AtomicLong requestCount = new AtomicLong();
  private final Deque<String> log = new ArrayDeque<>();
  private final Deque<Exchange> exchanges = new ArrayDeque<>();
  private long exchangesRecorded;

  /** Counts a request that arrived and returns its sequence number, starting at 1. */
  long arrived() {
    return requestCount.incrementAndGet();
  }

  long requestCount() {
    return requestCount.get();
  }

  /** Appends {@code "METHOD path -> outcome"} to the log. */
  void log(String method, String path, String outcome) {
    synchronized (log) {
      if (log.size() == LOG_CAPACITY) {
        log.removeFirst();
      }
      log.addLast(method + " " + path + " -> " + outcome);
    }
  }

  List<String> requestLog() {
    synchronized (log) {
      return new ArrayList<>(log);
    }
  }

  /** Records an exchange and wakes the threads waiting in {@link #awaitExchanges(long, Duration)}. */
  void record(long sequence, IncomingRequest request, boolean processed, int status, Set<Exchange.Fault> faults,
      Duration delay) {
    Exchange e = new Exchange(sequence, request, processed, status, faults, delay);
    synchronized (exchanges) {
      if (exchanges.size() == EXCHANGE_CAPACITY) {
        exchanges.removeFirst();
      }
      exchanges.addLast(e);
      exchangesRecorded++;
      exchanges.notifyAll();
    }
  }

  List<Exchange> exchanges() {
    synchronized (exchanges) {
      return new ArrayList<>(exchanges);
    }
  }

  boolean awaitExchanges(long count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (exchanges) {
      while (exchangesRecorded < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(exchanges, left);
      }
      return true;
    }
  }
}
