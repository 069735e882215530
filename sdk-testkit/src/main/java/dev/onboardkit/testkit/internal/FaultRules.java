package dev.onboardkit.testkit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.FaultDecider;
import dev.onboardkit.testkit.Faults;
import dev.onboardkit.testkit.IncomingRequest;
import dev.onboardkit.testkit.InjectedFault;
import dev.onboardkit.testkit.RequestMatcher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The thread-safe implementation of {@link Faults}. Not API.
 *
 * <p>Drops before the request use a per-thread reservation: MockWebServer asks the dispatcher's {@code peek()} on the
 * thread that then either closes the new connection (and reports it through {@code dispatch}) or reads the request
 * and dispatches it. A reservation taken in {@link #reserveDropBefore()} is therefore always consumed by the next
 * {@link #consumeDropBefore()} on the same thread, which keeps the count exact under concurrency.
 */
public final class FaultRules implements Faults {
  private final List<FailRule> failRules = new CopyOnWriteArrayList<>();
  private final List<CountedRule> delayRules = new CopyOnWriteArrayList<>();
  private final List<CountedRule> dropAfterRules = new CopyOnWriteArrayList<>();
  private final List<RandomRule> randomRules = new CopyOnWriteArrayList<>();
  private final List<FailRule> failAfterRules = new CopyOnWriteArrayList<>();
  private final List<DeciderRule> deciders = new CopyOnWriteArrayList<>();
  private final AtomicInteger dropBefore = new AtomicInteger();
  private final AtomicLong generation = new AtomicLong();
  private final ThreadLocal<long[]> reservation = new ThreadLocal<>();
  private final AtomicInteger applied = new AtomicInteger();

  /** Creates an empty rule set. */
  public FaultRules() {}

  @Override
  public Faults failNext(int n, RequestMatcher matcher, int status, String jsonBody) {
    return failNext(n, matcher, status, jsonBody, Map.of());
  }

  @Override
  public Faults failNext(int n, RequestMatcher matcher, int status, String body, Map<String, String> headers) {
    requireCount(n);
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(headers, "headers");
    requireStatus(status);
    failRules.add(new FailRule(n, matcher, canned(status, body, headers)));
    return this;
  }

  @Override
  public Faults delayNext(int n, RequestMatcher matcher, Duration delay) {
    requireCount(n);
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    delayRules.add(new CountedRule(n, matcher, delay));
    return this;
  }

  @Override
  public Faults dropBeforeRequest(int n) {
    requireCount(n);
    dropBefore.addAndGet(n);
    return this;
  }

  @Override
  public Faults dropAfterProcessing(int n, RequestMatcher matcher) {
    requireCount(n);
    Objects.requireNonNull(matcher, "matcher");
    dropAfterRules.add(new CountedRule(n, matcher, Duration.ZERO));
    return this;
  }

  @Override
  public Faults failAfterProcessing(int n, RequestMatcher matcher, int status, String jsonBody) {
    return failAfterProcessing(n, matcher, status, jsonBody, Map.of());
  }

  @Override
  public Faults failAfterProcessing(int n, RequestMatcher matcher, int status, String body,
      Map<String, String> headers) {
    requireCount(n);
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(headers, "headers");
    requireStatus(status);
    failAfterRules.add(new FailRule(n, matcher, canned(status, body, headers)));
    return this;
  }

  @Override
  public Faults decideWith(RequestMatcher matcher, FaultDecider decider) {
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(decider, "decider");
    deciders.add(new DeciderRule(matcher, decider));
    return this;
  }

  @Override
  public Faults failRandomly(double rate, long seed, RequestMatcher matcher, int status, String jsonBody) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException("rate must be between 0.0 and 1.0");
    }
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(jsonBody, "jsonBody");
    requireStatus(status);
    randomRules.add(new RandomRule(rate, seed, matcher, canned(status, jsonBody, Map.of())));
    return this;
  }

  @Override
  public void clear() {
    generation.incrementAndGet();
    dropBefore.set(0);
    failRules.clear();
    delayRules.clear();
    dropAfterRules.clear();
    randomRules.clear();
    failAfterRules.clear();
    deciders.clear();
  }

  @Override
  public int appliedCount() {
    return applied.get();
  }

  @Override
  public int remaining() {
    int sum = dropBefore.get();
    for (FailRule r : failRules) {
      sum += r.remaining.get();
    }
    for (CountedRule r : delayRules) {
      sum += r.remaining.get();
    }
    for (CountedRule r : dropAfterRules) {
      sum += r.remaining.get();
    }
    for (FailRule r : failAfterRules) {
      sum += r.remaining.get();
    }
    return sum;
  }

  /**
   * Called from the dispatcher's {@code peek()}: reserves one drop for the current thread if any are pending (or the
   * thread already holds one).
   *
   * @return true if the current thread holds a drop reservation
   */
  public boolean reserveDropBefore() {
    long gen = generation.get();
    long[] held = reservation.get();
    if (held != null && held[0] == gen) {
      return true;
    }
    if (takeOne(dropBefore)) {
      reservation.set(new long[] {gen});
      return true;
    }
    reservation.remove();
    return false;
  }

  /**
   * Called first thing in {@code dispatch}: consumes the current thread's drop reservation, if any.
   *
   * @return true if this request must be dropped unprocessed
   */
  public boolean consumeDropBefore() {
    long[] held = reservation.get();
    if (held == null) {
      return false;
    }
    reservation.remove();
    if (held[0] != generation.get()) {
      return false;
    }
    applied.incrementAndGet();
    return true;
  }

  /**
   * Takes the canned failure for a request, if a rule applies.
   *
   * @param method the request method
   * @param path the path relative to the base path
   * @return the canned response, or null to process the request
   */
  public @Nullable FakeResponse takeFailure(String method, String path) {
    for (FailRule rule : failRules) {
      if (rule.matcher.matches(method, path) && takeOne(rule.remaining)) {
        if (rule.remaining.get() == 0) {
          failRules.remove(rule);
        }
        applied.incrementAndGet();
        return rule.response;
      }
    }
    for (RandomRule rule : randomRules) {
      if (rule.matcher.matches(method, path) && rule.draw()) {
        applied.incrementAndGet();
        return rule.response;
      }
    }
    return null;
  }

  /**
   * Asks the deciders about a request: the first matching decider that returns a fault decides it. A decider that
   * throws is answered with a canned 500.
   *
   * @param request the request
   * @return the fault, or null to apply the other rules
   */
  public @Nullable InjectedFault decide(IncomingRequest request) {
    for (DeciderRule rule : deciders) {
      if (!rule.matcher.matches(request.method(), request.path())) {
        continue;
      }
      InjectedFault fault;
      try {
        fault = rule.decider.decide(request);
      } catch (RuntimeException e) {
        fault = InjectedFault.failInstead(500, "{\"error\":\"fault decider failed\"}");
      }
      if (fault != null) {
        applied.incrementAndGet();
        return fault;
      }
    }
    return null;
  }

  /**
   * Takes a fail-after-processing fault for a processed request.
   *
   * @param method the request method
   * @param path the path relative to the base path
   * @return the canned response replacing the real one, or null
   */
  public @Nullable FakeResponse takeFailAfter(String method, String path) {
    for (FailRule rule : failAfterRules) {
      if (rule.matcher.matches(method, path) && takeOne(rule.remaining)) {
        if (rule.remaining.get() == 0) {
          failAfterRules.remove(rule);
        }
        applied.incrementAndGet();
        return rule.response;
      }
    }
    return null;
  }

  /**
   * Takes a drop-after-processing fault for a processed request.
   *
   * @param method the request method
   * @param path the path relative to the base path
   * @return true if the connection must be shut down instead of answering
   */
  public boolean takeDropAfter(String method, String path) {
    return takeCounted(dropAfterRules, method, path) != null;
  }

  /**
   * Takes a response delay for a request.
   *
   * @param method the request method
   * @param path the path relative to the base path
   * @return the delay, or null for none
   */
  public @Nullable Duration takeDelay(String method, String path) {
    return takeCounted(delayRules, method, path);
  }

  private @Nullable Duration takeCounted(List<CountedRule> rules, String method, String path) {
    for (CountedRule rule : rules) {
      if (rule.matcher.matches(method, path) && takeOne(rule.remaining)) {
        if (rule.remaining.get() == 0) {
          rules.remove(rule);
        }
        applied.incrementAndGet();
        return rule.delay;
      }
    }
    return null;
  }

  private static boolean takeOne(AtomicInteger counter) {
    while (true) {
      int current = counter.get();
      if (current <= 0) {
        return false;
      }
      if (counter.compareAndSet(current, current - 1)) {
        return true;
      }
    }
  }

  private static FakeResponse canned(int status, String body, Map<String, String> headers) {
    return FakeResponse.raw(status, body, FakeResponse.withJsonContentType(headers));
  }

  private static void requireCount(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1");
    }
  }

  private static void requireStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be between 100 and 599");
    }
  }

  private static final class FailRule {
    final AtomicInteger remaining;
    final RequestMatcher matcher;
    final FakeResponse response;

    FailRule(int n, RequestMatcher matcher, FakeResponse response) {
      this.remaining = new AtomicInteger(n);
      this.matcher = matcher;
      this.response = response;
    }
  }

  private static final class CountedRule {
    final AtomicInteger remaining;
    final RequestMatcher matcher;
    final Duration delay;

    CountedRule(int n, RequestMatcher matcher, Duration delay) {
      this.remaining = new AtomicInteger(n);
      this.matcher = matcher;
      this.delay = delay;
    }
  }

  private static final class DeciderRule {
    final RequestMatcher matcher;
    final FaultDecider decider;

    DeciderRule(RequestMatcher matcher, FaultDecider decider) {
      this.matcher = matcher;
      this.decider = decider;
    }
  }

  private static final class RandomRule {
    final double rate;
    final Random random;
    final RequestMatcher matcher;
    final FakeResponse response;

    RandomRule(double rate, long seed, RequestMatcher matcher, FakeResponse response) {
      this.rate = rate;
      this.random = new Random(seed);
      this.matcher = matcher;
      this.response = response;
    }

    synchronized boolean draw() {
      return random.nextDouble() < rate;
    }
  }
}
