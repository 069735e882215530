package dev.onboardkit.klara.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.RequestStyle;
import dev.onboardkit.klara.internal.AllowNulls;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A decision to record on a submitted application, for {@code POST /applications/{id}/decision}. The body's
 * {@code application_id} is filled in from the path.
 *
 * <pre>{@code
 * RecordDecisionRequest decision = RecordDecisionRequest.builder()
 *     .type(DecisionType.APPROVED)
 *     .timestamp(Instant.now())
 *     .putData("reviewer", "jane@partner.example")
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} requires a known {@code type} and a {@code timestamp}, reporting both problems at once.
 */
@Value.Immutable
@RequestStyle
public abstract class RecordDecisionRequest {
  RecordDecisionRequest() {}

  /**
   * Returns the decision type.
   *
   * @return the type; null only while building
   */
  public abstract @Nullable DecisionType type();

  /**
   * Returns when the decision was made.
   *
   * @return the decision time; null only while building
   */
  public abstract @Nullable Instant timestamp();

  /**
   * Returns free-form data stored with the decision as given (plain Java values: strings, numbers, booleans, lists,
   * maps, null).
   *
   * @return the data; empty for none
   */
  @AllowNulls
  public abstract Map<String, Object> data();

  /**
   * Creates a decision without data.
   *
   * @param type the decision type
   * @param timestamp when the decision was made
   * @return the request
   */
  public static RecordDecisionRequest of(@Nullable DecisionType type, @Nullable Instant timestamp) {
    return builder().type(type).timestamp(timestamp).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RecordDecisionRequest}; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableRecordDecisionRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void validate() {
    Problems problems = new Problems();
    if (problems.requireNonNull("type", type()) && type() == DecisionType.UNKNOWN) {
      problems.add("type", "must be APPROVED, REJECTED or REFERRED");
    }
    problems.requireNonNull("timestamp", timestamp());
    problems.throwIfAny();
  }
}
