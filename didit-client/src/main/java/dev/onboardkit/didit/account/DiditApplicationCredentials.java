package dev.onboardkit.didit.account;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The default application created by {@code verifyEmail}, with its credentials. The API key is masked in
 * {@link #toString()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditApplicationCredentials.Builder.class)
public abstract class DiditApplicationCredentials implements ApiObject {
  DiditApplicationCredentials() {}

  /**
   * Returns the application's identifier.
   *
   * @return the identifier (an opaque string)
   */
  public abstract String uuid();

  /**
   * Returns the application's name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> name();

  /**
   * Returns the public client identifier.
   *
   * @return the client id
   */
  public abstract String clientId();

  /**
   * Returns the API key: the {@code x-api-key} for the verification API. Store it securely; it can be recovered later
   * with {@code client.applications(orgId).retrieve(appId)}.
   *
   * @return the API key
   */
  public abstract Secret apiKey();
}
