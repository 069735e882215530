package dev.onboardkit.didit.account;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/** The organization created by {@code verifyEmail}. Its {@link #uuid()} is the {@code orgId} for applications. */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditOrganizationRef.Builder.class)
public abstract class DiditOrganizationRef implements ApiObject {
  DiditOrganizationRef() {}

  /**
   * Returns the organization's identifier.
   *
   * @return the identifier (an opaque string)
   */
  public abstract String uuid();

  /**
   * Returns the organization's name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> name();
}
