package dev.onboardkit.testkit.klara;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A decision the fake recorded through {@code POST /applications/{id}/decision}. Immutable. */
public final class KlaraRecordedDecision {
  private final String type;
  private final String timestamp;
  private final Map<String, Object> data;
  private final Instant recordedAt;

  KlaraRecordedDecision(String type, String timestamp, Map<String, Object> data, Instant recordedAt) {
    this.type = type;
    this.timestamp = timestamp;
    this.data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    this.recordedAt = recordedAt;
  }

  /**
   * Returns the full decision type.
   *
   * @return {@code application.approved}, {@code application.rejected} or {@code application.referred}
   */
  public String type() {
    return type;
  }

  /**
   * Returns the type without its prefix, as in the 201 response's {@code decision_type}.
   *
   * @return {@code approved}, {@code rejected} or {@code referred}
   */
  public String decisionType() {
    return type.substring("application.".length());
  }

  /**
   * Returns the provider's decision time exactly as sent.
   *
   * @return the ISO-8601 text from the request
   */
  public String timestamp() {
    return timestamp;
  }

  /**
   * Returns the free-form {@code data} object as sent (empty when absent).
   *
   * @return the data
   */
  public Map<String, Object> data() {
    return data;
  }

  /**
   * Returns when the fake recorded it (fake clock).
   *
   * @return the instant
   */
  public Instant recordedAt() {
    return recordedAt;
  }

  @Override
  public String toString() {
    return "KlaraRecordedDecision[" + type + " at " + timestamp + "]";
  }
}
