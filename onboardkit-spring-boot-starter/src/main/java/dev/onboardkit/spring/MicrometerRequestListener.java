package dev.onboardkit.spring;

import dev.onboardkit.core.event.CallFinished;
import dev.onboardkit.core.event.RequestListener;
import dev.onboardkit.core.event.RetryScheduled;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;

/**
 * Records every OnboardKit call in Micrometer, per operation:
 *
 * <ul>
 *   <li>{@value #CALLS} (timer): the call's duration, retries and waits included; tags {@code operation} (such as
 *       {@code klara.applications.create}), {@code method}, {@code outcome} ({@code success}, {@code api_error},
 *       {@code connection_failure}, {@code timeout}, {@code invalid_response}, {@code cancelled},
 *       {@code other_failure}), {@code status} (the last HTTP status, or {@code none}) and {@code exception} (the
 *       simple class name of the exception the caller got, or {@code none});
 *   <li>{@value #ATTEMPTS} (distribution summary): attempts per call; tags {@code operation} and {@code outcome};
 *   <li>{@value #RETRIES} (counter): retries scheduled; tag {@code operation}.
 * </ul>
 *
 * <p>Tags hold no identifiers and no secrets: paths, queries and messages are never recorded. The starter registers
 * one as a bean when a {@link MeterRegistry} bean exists; outside Spring, pass it to a client builder's
 * {@code listener(...)}.
 */
public final class MicrometerRequestListener implements RequestListener {
  /** The timer of calls. */
  public static final String CALLS = "onboardkit.client.calls";
  /** The distribution summary of attempts per call. */
  public static final String ATTEMPTS = "onboardkit.client.attempts";
  /** The counter of retries. */
  public static final String RETRIES = "onboardkit.client.retries";

  private static final String NONE = "none";

  private final MeterRegistry registry;

  /**
   * Creates the listener.
   *
   * @param registry where the meters are registered
   */
  public MicrometerRequestListener(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void retryScheduled(RetryScheduled event) {
    Counter.builder(RETRIES)
        .description("Retries scheduled by OnboardKit clients")
        .tag("operation", event.call().operation())
        .register(registry)
        .increment();
  }

  @Override
  public void callFinished(CallFinished event) {
    String operation = event.call().operation();
    String outcome = event.outcome().tagValue();
    Timer.builder(CALLS)
        .description("Calls made by OnboardKit clients, retries and waits included")
        .tags(Tags.of("operation", operation, "method", event.call().method().name(), "outcome", outcome,
            "status", event.statusCode().isPresent() ? Integer.toString(event.statusCode().getAsInt()) : NONE,
            "exception", event.exceptionType().map(Class::getSimpleName).orElse(NONE)))
        .register(registry)
        .record(event.duration());
    DistributionSummary.builder(ATTEMPTS)
        .description("Attempts per OnboardKit call")
        .tags("operation", operation, "outcome", outcome)
        .register(registry)
        .record(event.attempts());
  }
}
