package dev.onboardkit.klara.rfi;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.core.internal.json.MaskedInJson;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The RFI request created by {@code POST /rfi-requests}. */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraCreateRfiRequestResponse.Builder.class)
public abstract class KlaraCreateRfiRequestResponse implements ApiObject {
  KlaraCreateRfiRequestResponse() {}

  /**
   * Returns the server's {@code success} flag.
   *
   * @return true unless the server said otherwise
   */
  @Value.Default
  public boolean success() {
    return true;
  }

  /**
   * Returns the RFI request id (a UUID).
   *
   * @return the request id
   */
  public abstract String requestId();

  /**
   * Returns the URL to send the contact to. With pre-authentication it carries the code, so it is masked in
   * {@code toString()} and written as {@code "****"} by any Jackson mapper.
   *
   * @return the link
   */
  @Value.Redacted
  @MaskedInJson
  public abstract URI link();

  /**
   * Returns when the RFI request expires (by default 14 days after creation).
   *
   * @return the expiry time
   */
  public abstract Optional<Instant> expiresAt();

  /**
   * Returns the status as sent by the API.
   *
   * @return the raw status, such as {@code active}
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the status.
   *
   * @return the status; {@link KlaraRfiRequestStatus#UNKNOWN} when absent or not known to this SDK
   */
  public KlaraRfiRequestStatus status() {
    return KlaraRfiRequestStatus.fromWire(statusRaw().orElse(null));
  }

  /**
   * Returns the participants.
   *
   * @return the participants; empty when none were sent
   */
  public abstract List<KlaraRfiParticipant> participants();

  /**
   * Returns the pre-authentication code, present when the request set {@code preAuthenticated(true)}.
   *
   * @return the code, masked in {@code toString()}
   */
  public abstract Optional<Secret> preAuthCode();

  /**
   * Returns when the pre-authentication code expires (10 minutes after creation).
   *
   * @return the expiry time of the code
   */
  public abstract Optional<Instant> preAuthExpiresAt();
}
