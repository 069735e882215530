package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A session in a page of {@code GET /sessions/}. Fetch its decision for the full result.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditSessionSummary.Builder.class)
public abstract class DiditSessionSummary implements ApiObject {
  DiditSessionSummary() {}

  /**
   * Returns the session's identifier.
   *
   * @return the session id
   */
  public abstract String sessionId();

  /**
   * Returns the session's number, the id that batch deletes take.
   *
   * @return the number, if sent
   */
  public abstract Optional<Long> sessionNumber();

  /**
   * Returns the status as sent.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the kind as sent: {@code user} or {@code business}.
   *
   * @return the raw kind, if sent
   */
  @JsonProperty("session_kind")
  public abstract Optional<String> sessionKindRaw();

  /**
   * Returns your identifier for the user.
   *
   * @return the vendor data, if set
   */
  public abstract Optional<String> vendorData();

  /**
   * Returns the workflow the session runs.
   *
   * @return the workflow id, if sent
   */
  public abstract Optional<String> workflowId();

  /**
   * Returns when the session was created.
   *
   * @return the time, if sent
   */
  public abstract Optional<Instant> createdAt();

  /**
   * Returns the session's status.
   *
   * @return the status; {@link DiditSessionStatus#UNKNOWN} when absent or not known to this SDK
   */
  public DiditSessionStatus status() {
    return DiditSessionStatus.fromWire(statusRaw().orElse(null));
  }

  /**
   * Returns the session's kind.
   *
   * @return the kind; {@link DiditSessionKind#UNKNOWN} when absent or not known to this SDK
   */
  public DiditSessionKind sessionKind() {
    return DiditSessionKind.fromWire(sessionKindRaw().orElse(null));
  }
}
