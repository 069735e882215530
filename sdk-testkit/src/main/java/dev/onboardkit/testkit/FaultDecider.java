package dev.onboardkit.testkit;

import dev.onboardkit.core.Nullable;

/**
 * Chooses a fault for each request from the request itself, registered with
 * {@link Faults#decideWith(RequestMatcher, FaultDecider)}. Unlike the counted and random rules, whose faults land on
 * whichever request arrives first, a decider keyed on the request (for example on a test's own call-id header and
 * the SDK's {@code X-Retry-Count}) gives the same faults to the same calls whatever the thread interleaving, so a
 * concurrent test can compute its expected outcome exactly.
 *
 * <pre>{@code
 * fake.faults().decideWith(RequestMatcher.method("GET"), request -> {
 *   String call = request.header("X-Test-Call").orElse("");
 *   String attempt = request.header("X-Retry-Count").orElse("0");
 *   return (call + "/" + attempt).hashCode() % 10 == 0 ? InjectedFault.dropBeforeProcessing() : null;
 * });
 * }</pre>
 *
 * <p>Called on the server's threads, concurrently: implementations must be thread-safe, and should be pure
 * functions of the request for reproducible tests. A decider that throws makes the fake answer 500
 * {@code {"error":"fault decider failed"}} without processing the request.
 */
@FunctionalInterface
public interface FaultDecider {
  /**
   * Decides the fault for one request.
   *
   * @param request the request as received (credential headers masked)
   * @return the fault to inject, or null to let the request through to the other rules
   */
  @Nullable InjectedFault decide(IncomingRequest request);
}
