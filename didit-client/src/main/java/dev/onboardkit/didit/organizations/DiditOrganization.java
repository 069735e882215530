package dev.onboardkit.didit.organizations;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Didit organization the signed-in user belongs to. Its {@link #uuid()} is the {@code orgId} of
 * {@code client.applications(orgId)}; identifiers are opaque strings, not parsed as UUIDs.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditOrganization.Builder.class)
public abstract class DiditOrganization implements ApiObject {
  DiditOrganization() {}

  /**
   * Returns the organization's identifier.
   *
   * @return the identifier (an opaque string)
   */
  public abstract String uuid();

  /**
   * Returns the organization's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the organization's contact email.
   *
   * @return the email, if the server sent one
   */
  public abstract Optional<String> contactEmail();

  /**
   * Returns when the organization was created.
   *
   * @return the creation time, if the server sent it
   */
  public abstract Optional<Instant> createdAt();
}
