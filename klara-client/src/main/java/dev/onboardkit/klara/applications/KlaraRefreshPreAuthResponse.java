package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.core.internal.json.MaskedInJson;
import java.net.URI;
import java.time.Instant;
import org.immutables.value.Value;

/** A fresh pre-authentication code for an existing application, from {@code POST /applications/{id}/pre-auth}. */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraRefreshPreAuthResponse.Builder.class)
public abstract class KlaraRefreshPreAuthResponse implements ApiObject {
  KlaraRefreshPreAuthResponse() {}

  /**
   * Returns the new pre-authentication code (valid 72 hours).
   *
   * @return the code, masked in {@code toString()}
   */
  public abstract Secret preAuthCode();

  /**
   * Returns the URL to redirect the contact to; it carries the code ({@code ?auth_code=...}), so it is masked in
   * {@code toString()} and written as {@code "****"} by any Jackson mapper. Treat it as opaque.
   *
   * @return the link
   */
  @Value.Redacted
  @MaskedInJson
  public abstract URI link();

  /**
   * Returns when the code expires.
   *
   * @return the expiry time
   */
  public abstract Instant expiresAt();

  /**
   * Returns the id of the primary participant the code is for.
   *
   * @return the participant id
   */
  public abstract String participantId();

  /**
   * Returns whether the participant has already verified their email; the code still works but is not needed.
   *
   * @return true if already verified
   */
  @Value.Default
  public boolean alreadyVerified() {
    return false;
  }
}
