package dev.onboardkit.didit.applications;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.NullArgumentException;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.RequestStyle;
import dev.onboardkit.core.internal.AllowNulls;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body of {@code POST /organizations/me/{org_id}/applications/}. Every field is optional (null means not set, and
 * the field is not sent): an empty request sends {@code {}} and creates an application named
 * {@code "<organization name> App"}.
 *
 * <pre>{@code
 * DiditCreateApplicationRequest request = DiditCreateApplicationRequest.builder()
 *     .name("Acme Customer App")
 *     .websiteUrl("https://acme.example")
 *     .addRedirectUris("https://acme.example/callback")
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} checks the URL fields and reports all problems at once: each must be an absolute URI. Any scheme
 * is accepted (Didit's reference restricts none), so redirect URIs may be app deep links such as
 * {@code myapp://callback}; an {@code http(s)} URL needs a host. The name and description are sent as given: the
 * reference states no rule for them, so the server decides.
 */
@Value.Immutable(builder = false, copy = false)
@RequestStyle
@JsonSerialize(as = ImmutableDiditCreateApplicationRequest.class)
public abstract class DiditCreateApplicationRequest {
  DiditCreateApplicationRequest() {}

  /**
   * Returns the display name; the server defaults it to {@code "<organization name> App"}.
   *
   * @return the name; null when not set (then it is not sent)
   */
  @Value.Parameter
  public abstract @Nullable String name();

  /**
   * Returns the public website or app URL shown in the verification flow.
   *
   * @return the absolute URI; null when not set (then it is not sent)
   */
  @Value.Parameter
  public abstract @Nullable String websiteUrl();

  /**
   * Returns the allowlisted redirect URIs.
   *
   * @return the URIs; null when not set (then the field is not sent)
   */
  @Value.Parameter
  @AllowNulls
  public abstract @Nullable List<String> redirectUris();

  /**
   * Returns the terms-of-service URL shown in the verification UI.
   *
   * @return the absolute URI; null when not set (then it is not sent)
   */
  @Value.Parameter
  public abstract @Nullable String termsUrl();

  /**
   * Returns the privacy-policy URL shown in the verification UI.
   *
   * @return the absolute URI; null when not set (then it is not sent)
   */
  @Value.Parameter
  public abstract @Nullable String privacyUrl();

  /**
   * Returns the internal note (not shown to end users).
   *
   * @return the description; null when not set (then it is not sent)
   */
  @Value.Parameter
  public abstract @Nullable String description();

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
  public static DiditCreateApplicationRequest empty() {
    return builder().build();
  }

  /**
   * Builds {@link DiditCreateApplicationRequest}. Setters accept null without throwing (null leaves a field unset);
   * {@link #build()} reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String websiteUrl;
    private @Nullable List<String> redirectUris;
    private @Nullable String termsUrl;
    private @Nullable String privacyUrl;
    private @Nullable String description;
    private boolean nullRedirectUris;

    Builder() {}

    /**
     * Copies every field set in {@code instance} into this builder; redirect URIs are added to those already set.
     *
     * @param instance the request to copy
     * @return this builder
     * @throws NullArgumentException if {@code instance} is null
     */
    public Builder from(DiditCreateApplicationRequest instance) {
      if (instance == null) {
        throw new NullArgumentException("instance");
      }
      if (instance.name() != null) {
        name = instance.name();
      }
      if (instance.websiteUrl() != null) {
        websiteUrl = instance.websiteUrl();
      }
      if (instance.redirectUris() != null) {
        addAllRedirectUris(instance.redirectUris());
      }
      if (instance.termsUrl() != null) {
        termsUrl = instance.termsUrl();
      }
      if (instance.privacyUrl() != null) {
        privacyUrl = instance.privacyUrl();
      }
      if (instance.description() != null) {
        description = instance.description();
      }
      return this;
    }

    /**
     * Sets the display name.
     *
     * @param name the name, sent as given; null to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the website or app URL.
     *
     * @param websiteUrl an absolute URI, such as an https URL; null to leave it unset
     * @return this builder
     */
    public Builder websiteUrl(@Nullable String websiteUrl) {
      this.websiteUrl = websiteUrl;
      return this;
    }

    /**
     * Adds one redirect URI.
     *
     * @param element an absolute URI of any scheme, such as {@code https://acme.example/callback} or
     *     {@code myapp://callback}; a null element is reported by {@link #build()}
     * @return this builder
     */
    public Builder addRedirectUris(@Nullable String element) {
      uris().add(element);
      return this;
    }

    /**
     * Adds redirect URIs.
     *
     * @param elements absolute URIs of any scheme, such as {@code myapp://callback}; a null array or element is reported by {@link #build()}
     * @return this builder
     */
    public Builder addRedirectUris(@Nullable String... elements) {
      if (elements == null) {
        nullRedirectUris = true;
        return this;
      }
      for (String element : elements) {
        uris().add(element);
      }
      return this;
    }

    /**
     * Replaces the redirect URIs.
     *
     * @param elements absolute URIs of any scheme, such as {@code myapp://callback}; null to leave the field unset (not sent)
     * @return this builder
     */
    public Builder redirectUris(@Nullable Iterable<String> elements) {
      redirectUris = null;
      nullRedirectUris = false;
      return elements == null ? this : addAllRedirectUris(elements);
    }

    /**
     * Adds redirect URIs.
     *
     * @param elements absolute URIs of any scheme, such as {@code myapp://callback}; a null iterable or element is reported by {@link #build()}
     * @return this builder
     */
    public Builder addAllRedirectUris(@Nullable Iterable<String> elements) {
      if (elements == null) {
        nullRedirectUris = true;
        return this;
      }
      List<String> uris = uris();
      for (String element : elements) {
        uris.add(element);
      }
      return this;
    }

    /**
     * Sets the terms-of-service URL.
     *
     * @param termsUrl an absolute URI, such as an https URL; null to leave it unset
     * @return this builder
     */
    public Builder termsUrl(@Nullable String termsUrl) {
      this.termsUrl = termsUrl;
      return this;
    }

    /**
     * Sets the privacy-policy URL.
     *
     * @param privacyUrl an absolute URI, such as an https URL; null to leave it unset
     * @return this builder
     */
    public Builder privacyUrl(@Nullable String privacyUrl) {
      this.privacyUrl = privacyUrl;
      return this;
    }

    /**
     * Sets the internal description.
     *
     * @param description the text; null to leave it unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem
     */
    public DiditCreateApplicationRequest build() {
      if (!nullRedirectUris) {
        return ImmutableDiditCreateApplicationRequest.of(name, websiteUrl, redirectUris, termsUrl, privacyUrl, description);
      }
      Problems problems = new Problems();
      problems.add("redirectUris", "was given a null array or collection to add");
      DiditCreateApplicationRequest built = problems.capture(() -> ImmutableDiditCreateApplicationRequest.of(
          name, websiteUrl, redirectUris, termsUrl, privacyUrl, description));
      problems.throwIfAny();
      return built;
    }

    private List<String> uris() {
      if (redirectUris == null) {
        redirectUris = new ArrayList<>();
      }
      return redirectUris;
    }
  }

  @Value.Check
  DiditCreateApplicationRequest validate() {
    Problems problems = new Problems();
    ApplicationFields.checkUrl(problems, "websiteUrl", websiteUrl());
    ApplicationFields.checkRedirectUris(problems, redirectUris());
    ApplicationFields.checkUrl(problems, "termsUrl", termsUrl());
    ApplicationFields.checkUrl(problems, "privacyUrl", privacyUrl());
    problems.throwIfAny();
    return this;
  }
}
