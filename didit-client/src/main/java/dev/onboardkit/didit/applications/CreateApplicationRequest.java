package dev.onboardkit.didit.applications;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.RequestStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /organizations/me/{org_id}/applications/}. Every field is optional: an empty request sends
 * {@code {}} and creates an application named {@code "<organization name> App"}.
 *
 * <pre>{@code
 * CreateApplicationRequest request = CreateApplicationRequest.builder()
 *     .name("Acme Customer App")
 *     .websiteUrl("https://acme.example")
 *     .addRedirectUris("https://acme.example/callback")
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} checks every field and reports all problems at once: URL fields must be absolute {@code http(s)}
 * URLs, a name must not be blank.
 */
@Value.Immutable
@RequestStyle
@JsonSerialize(as = ImmutableCreateApplicationRequest.class)
public abstract class CreateApplicationRequest {
  CreateApplicationRequest() {}

  /**
   * Returns the display name; the server defaults it to {@code "<organization name> App"}.
   *
   * @return the name, if set
   */
  public abstract Optional<String> name();

  /**
   * Returns the public website or app URL shown in the verification flow.
   *
   * @return the absolute http(s) URL, if set
   */
  public abstract Optional<String> websiteUrl();

  /**
   * Returns the allowlisted redirect URIs.
   *
   * @return the URIs; null when not set (then the field is not sent)
   */
  public abstract @Nullable List<String> redirectUris();

  /**
   * Returns the terms-of-service URL shown in the verification UI.
   *
   * @return the absolute http(s) URL, if set
   */
  public abstract Optional<String> termsUrl();

  /**
   * Returns the privacy-policy URL shown in the verification UI.
   *
   * @return the absolute http(s) URL, if set
   */
  public abstract Optional<String> privacyUrl();

  /**
   * Returns the internal note (not shown to end users).
   *
   * @return the description, if set
   */
  public abstract Optional<String> description();

  /**
   * Starts a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a request with no field set, which sends {@code {}} and lets the server choose the defaults.
   *
   * @return the empty request
   */
  public static CreateApplicationRequest empty() {
    return builder().build();
  }

  /** Builds {@link CreateApplicationRequest}; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableCreateApplicationRequest.Builder {
    Builder() {}
  }

  @Value.Check
  CreateApplicationRequest validate() {
    Problems problems = new Problems();
    ApplicationFields.checkName(problems, name().orElse(null));
    problems.checkHttpUrl("websiteUrl", websiteUrl().orElse(null));
    ApplicationFields.checkRedirectUris(problems, redirectUris());
    problems.checkHttpUrl("termsUrl", termsUrl().orElse(null));
    problems.checkHttpUrl("privacyUrl", privacyUrl().orElse(null));
    problems.checkText("description", description().orElse(null), ApplicationFields.MAX_DESCRIPTION, true);
    problems.throwIfAny();
    return this;
  }
}
