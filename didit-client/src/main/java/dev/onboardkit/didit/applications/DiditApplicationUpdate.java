package dev.onboardkit.didit.applications;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code PATCH /organizations/me/{org_id}/applications/{app_id}/}: only the fields set here are sent, so
 * everything else on the application stays as it is.
 *
 * <p>Each field has three states: <em>not set</em> (left out of the JSON, unchanged on the server), <em>set</em> (sent
 * with the new value), and, for the optional fields, <em>cleared</em> (sent as JSON {@code null}, or {@code []} for the
 * redirect URIs), which removes the value. The name can be changed but not cleared.
 *
 * <pre>{@code
 * DiditApplicationUpdate patch = DiditApplicationUpdate.builder()
 *     .websiteUrl("https://acme.example/new")   // sends "website_url": "https://acme.example/new"
 *     .clearTermsUrl()                          // sends "terms_url": null
 *     .build();                                 // name, redirect_uris, privacy_url, description: not sent
 * }</pre>
 *
 * <p>An update with nothing set sends {@code {}}, which changes nothing and returns the application as it is.
 * {@link Builder#build()} reports every problem at once: URL fields must be absolute URIs (any scheme, so redirect
 * URIs may be app deep links such as {@code myapp://callback}; an {@code http(s)} URL needs a host). The name and
 * description are sent as given: Didit documents no rule for them.
 */
public final class DiditApplicationUpdate {
  private static final List<String> ORDER =
      List.of("name", "website_url", "redirect_uris", "terms_url", "privacy_url", "description");

  private final Map<String, Object> fields;

  private DiditApplicationUpdate(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * Starts a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the JSON members that will be sent, keyed by wire name in a fixed order. A null value means the field is
   * cleared.
   *
   * @return the members; unmodifiable, empty when nothing is set
   */
  @JsonValue
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns whether a field is sent, with a value or as a clear.
   *
   * @param wireName the JSON name, such as {@code "website_url"}
   * @return true if the field is part of the update
   */
  public boolean isSet(String wireName) {
    return fields.containsKey(wireName);
  }

  /**
   * Returns whether nothing is set (the update then sends {@code {}}).
   *
   * @return true if no field is set
   */
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /**
   * Returns the new name.
   *
   * @return the name, if set
   */
  public Optional<String> name() {
    return Optional.ofNullable((String) fields.get("name"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditApplicationUpdate && fields.equals(((DiditApplicationUpdate) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "DiditApplicationUpdate" + fields;
  }

  /**
   * Builds {@link DiditApplicationUpdate}. Setters accept null without throwing; {@link #build()} then reports it, together
   * with every other problem. Setting a field twice keeps the last value; a clear after a set (or the reverse) also
   * keeps the last call.
   */
  public static final class Builder {
    private static final Object NULL_ARGUMENT = new Object();

    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Renames the application. The name cannot be cleared.
     *
     * @param name the new name, sent as given
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      return put("name", name);
    }

    /**
     * Sets the website URL.
     *
     * @param websiteUrl an absolute URI, such as an https URL; use {@link #clearWebsiteUrl()} to remove it
     * @return this builder
     */
    public Builder websiteUrl(@Nullable String websiteUrl) {
      return put("website_url", websiteUrl);
    }

    /**
     * Removes the website URL (sends {@code "website_url": null}).
     *
     * @return this builder
     */
    public Builder clearWebsiteUrl() {
      return clear("website_url", null);
    }

    /**
     * Replaces the redirect URIs.
     *
     * @param redirectUris absolute URIs of any scheme, such as {@code https://acme.example/callback} or {@code myapp://callback}; an empty list removes them all
     * @return this builder
     */
    public Builder redirectUris(@Nullable List<String> redirectUris) {
      return put("redirect_uris",
          redirectUris == null ? null : Collections.unmodifiableList(new ArrayList<>(redirectUris)));
    }

    /**
     * Removes every redirect URI (sends {@code "redirect_uris": []}).
     *
     * @return this builder
     */
    public Builder clearRedirectUris() {
      return clear("redirect_uris", List.of());
    }

    /**
     * Sets the terms-of-service URL.
     *
     * @param termsUrl an absolute URI, such as an https URL; use {@link #clearTermsUrl()} to remove it
     * @return this builder
     */
    public Builder termsUrl(@Nullable String termsUrl) {
      return put("terms_url", termsUrl);
    }

    /**
     * Removes the terms-of-service URL (sends {@code "terms_url": null}).
     *
     * @return this builder
     */
    public Builder clearTermsUrl() {
      return clear("terms_url", null);
    }

    /**
     * Sets the privacy-policy URL.
     *
     * @param privacyUrl an absolute URI, such as an https URL; use {@link #clearPrivacyUrl()} to remove it
     * @return this builder
     */
    public Builder privacyUrl(@Nullable String privacyUrl) {
      return put("privacy_url", privacyUrl);
    }

    /**
     * Removes the privacy-policy URL (sends {@code "privacy_url": null}).
     *
     * @return this builder
     */
    public Builder clearPrivacyUrl() {
      return clear("privacy_url", null);
    }

    /**
     * Sets the internal description.
     *
     * @param description the text; use {@link #clearDescription()} to remove it
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      return put("description", description);
    }

    /**
     * Removes the description (sends {@code "description": null}).
     *
     * @return this builder
     */
    public Builder clearDescription() {
      return clear("description", null);
    }

    private Builder put(String wireName, @Nullable Object value) {
      values.put(wireName, value == null ? NULL_ARGUMENT : value);
      return this;
    }

    private Builder clear(String wireName, @Nullable Object clearedValue) {
      values.put(wireName, new Cleared(clearedValue));
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the update
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    @SuppressWarnings("unchecked")
    public DiditApplicationUpdate build() {
      Problems problems = new Problems();
      Map<String, Object> out = new LinkedHashMap<>();
      for (String wireName : ORDER) {
        if (!values.containsKey(wireName)) {
          continue;
        }
        Object value = values.get(wireName);
        String field = javaName(wireName);
        if (value instanceof Cleared) {
          out.put(wireName, ((Cleared) value).value);
          continue;
        }
        if (value == NULL_ARGUMENT) {
          problems.add(field, wireName.equals("name")
              ? "must not be null (the name can be changed but not cleared)"
              : "must not be null; call clear" + Character.toUpperCase(field.charAt(0)) + field.substring(1)
                  + "() to remove the value");
          continue;
        }
        switch (wireName) {
          case "name":
          case "description":
            break;
          case "redirect_uris":
            ApplicationFields.checkRedirectUris(problems, (List<String>) value);
            break;
          default:
            ApplicationFields.checkUrl(problems, field, (String) value);
            break;
        }
        out.put(wireName, value);
      }
      problems.throwIfAny();
      return new DiditApplicationUpdate(Collections.unmodifiableMap(out));
    }

    private static String javaName(String wireName) {
      StringBuilder sb = new StringBuilder();
      boolean upper = false;
      for (char c : wireName.toCharArray()) {
        if (c == '_') {
          upper = true;
        } else {
          sb.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return sb.toString();
    }
  }

  /** Marks a field the caller cleared, holding the JSON value that clears it. */
  private static final class Cleared {
    private final Object value;

    Cleared(@Nullable Object value) {
      this.value = value;
    }
  }
}
