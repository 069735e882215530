package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/** The primary contact of an application, as listed by {@code GET /applications}. */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraApplicationContact.Builder.class)
public abstract class KlaraApplicationContact implements ApiObject {
  KlaraApplicationContact() {}

  /**
   * Returns the contact's email address.
   *
   * @return the email
   */
  public abstract Optional<String> email();

  /**
   * Returns the contact's name.
   *
   * @return the name
   */
  public abstract Optional<String> name();
}
