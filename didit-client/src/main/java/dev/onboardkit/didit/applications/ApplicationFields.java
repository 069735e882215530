package dev.onboardkit.didit.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import java.util.List;

/**
 * Checks shared by {@link DiditCreateApplicationRequest} and {@link DiditApplicationUpdate}. Only what Didit's
 * reference documents as rejected is refused before sending: a malformed URL ({@code 400 {"<field>": ["Enter a valid
 * URL."]}} for {@code website_url}, {@code redirect_uris}, {@code terms_url} and {@code privacy_url}). The reference
 * restricts no URL scheme (redirect URIs may be app deep links such as {@code myapp://callback}) and states no rule
 * for {@code name} or {@code description}, so those are sent as given and the server decides.
 */
final class ApplicationFields {
  /** Field names for the usual few redirect URIs, so that validating a valid request allocates nothing. */
  private static final String[] REDIRECT_URI_FIELDS = new String[16];

  static {
    for (int i = 0; i < REDIRECT_URI_FIELDS.length; i++) {
      REDIRECT_URI_FIELDS[i] = "redirectUris[" + i + "]";
    }
  }

  private ApplicationFields() {}

  static void checkUrl(Problems problems, String field, @Nullable String url) {
    problems.checkUri(field, url);
  }

  static void checkRedirectUris(Problems problems, @Nullable List<String> uris) {
    if (uris == null) {
      return;
    }
    for (int i = 0; i < uris.size(); i++) {
      String field = redirectUriField(i);
      if (problems.requireNonNull(field, uris.get(i))) {
        problems.checkUri(field, uris.get(i));
      }
    }
  }

  private static String redirectUriField(int index) {
    return index < REDIRECT_URI_FIELDS.length ? REDIRECT_URI_FIELDS[index] : "redirectUris[" + index + "]";
  }
}
