package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to {@code POST /session/import-shared/}: the session imported from a partner into this application.
 *
 * <p>Didit does not publish this response's shape: the members declared are a session's; every other member is kept
 * in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditImportedSession.Builder.class)
public abstract class DiditImportedSession implements ApiObject {
  DiditImportedSession() {}

  /**
   * Returns the imported session's identifier in this application.
   *
   * @return the session id, if sent
   */
  public abstract Optional<String> sessionId();

  /**
   * Returns the imported session's number.
   *
   * @return the number, if sent
   */
  public abstract Optional<Long> sessionNumber();

  /**
   * Returns the status as sent, such as {@code Approved}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the vendor data the session carries.
   *
   * @return the vendor data, if sent
   */
  public abstract Optional<String> vendorData();

  /**
   * Returns the status.
   *
   * @return the status; {@link DiditSessionStatus#UNKNOWN} when absent or not known to this SDK
   */
  public DiditSessionStatus status() {
    return DiditSessionStatus.fromWire(statusRaw().orElse(null));
  }
}
