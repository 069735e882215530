package dev.onboardkit.testkit.didit;

import dev.onboardkit.core.Nullable;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A snapshot of one session of {@link FakeDiditVerificationServer}, for assertions. Immutable. */
public final class DiditSessionRecord {
  private final String sessionId;
  private final long sessionNumber;
  private final String status;
  private final String workflowId;
  private final @Nullable String vendorData;
  private final Map<String, Object> metadata;
  private final Instant createdAt;

  DiditSessionRecord(String sessionId, long sessionNumber, String status, String workflowId,
      @Nullable String vendorData, Map<String, Object> metadata, Instant createdAt) {
    this.sessionId = sessionId;
    this.sessionNumber = sessionNumber;
    this.status = status;
    this.workflowId = workflowId;
    this.vendorData = vendorData;
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    this.createdAt = createdAt;
  }

  /**
   * Returns the session's identifier.
   *
   * @return the id
   */
  public String sessionId() {
    return sessionId;
  }

  /**
   * Returns the session's number.
   *
   * @return the number
   */
  public long sessionNumber() {
    return sessionNumber;
  }

  /**
   * Returns the status, as Didit writes it.
   *
   * @return the status, such as {@code "In Review"}
   */
  public String status() {
    return status;
  }

  /**
   * Returns the session's workflow.
   *
   * @return the workflow id
   */
  public String workflowId() {
    return workflowId;
  }

  /**
   * Returns the vendor data given at creation.
   *
   * @return the vendor data, if any
   */
  public Optional<String> vendorData() {
    return Optional.ofNullable(vendorData);
  }

  /**
   * Returns the metadata given at creation, as plain Java values.
   *
   * @return the metadata; empty when none
   */
  public Map<String, Object> metadata() {
    return metadata;
  }

  /**
   * Returns when the session was created, on the fake's clock.
   *
   * @return the time
   */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "DiditSessionRecord[" + sessionId + " " + status + "]";
  }
}
