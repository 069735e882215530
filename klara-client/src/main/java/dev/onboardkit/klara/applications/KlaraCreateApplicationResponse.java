package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.core.internal.json.MaskedInJson;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The result of creating an application ({@code 201 Created}). */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraCreateApplicationResponse.Builder.class)
public abstract class KlaraCreateApplicationResponse implements ApiObject {
  KlaraCreateApplicationResponse() {}

  /**
   * Returns the new application's id (a UUID).
   *
   * @return the application id
   */
  public abstract String applicationId();

  /**
   * Returns the URL to redirect the primary contact to. Treat it as opaque: its shape varies, and with pre-auth it
   * carries the code ({@code ?auth_code=...}): it is as good as the code, so it is masked in {@code toString()} and
   * written as {@code "****"} by any Jackson mapper. Read it with this method to redirect the contact.
   *
   * @return the link
   */
  @Value.Redacted
  @MaskedInJson
  public abstract URI link();

  /**
   * Returns the application's participants.
   *
   * @return the participants; empty when none were sent
   */
  public abstract List<KlaraParticipant> participants();

  /**
   * Returns the pre-authentication code, present only when the request set {@code preAuth(true)}. Valid 72 hours.
   *
   * @return the code, masked in {@code toString()}
   */
  public abstract Optional<Secret> preAuthCode();

  /**
   * Returns the server's warning, present when the invitation email could not be sent. The application was still
   * created: do not create it again.
   *
   * @return the warning
   */
  public abstract Optional<String> warning();
}
