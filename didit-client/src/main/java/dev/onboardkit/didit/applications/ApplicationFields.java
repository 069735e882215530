package dev.onboardkit.didit.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import java.util.List;

/** Checks shared by {@link DiditCreateApplicationRequest} and {@link DiditApplicationUpdate}. */
final class ApplicationFields {
  static final int MAX_NAME = 255;
  static final int MAX_DESCRIPTION = 10_000;

  /** Field names for the usual few redirect URIs, so that validating a valid request allocates nothing. */
  private static final String[] REDIRECT_URI_FIELDS = new String[16];

  static {
    for (int i = 0; i < REDIRECT_URI_FIELDS.length; i++) {
      REDIRECT_URI_FIELDS[i] = "redirectUris[" + i + "]";
    }
  }

  private ApplicationFields() {}

  static void checkName(Problems problems, @Nullable String name) {
    if (name != null && name.isBlank()) {
      problems.add("name", "must not be blank");
    } else {
      problems.checkText("name", name, MAX_NAME, false);
    }
  }

  static void checkRedirectUris(Problems problems, @Nullable List<String> uris) {
    if (uris == null) {
      return;
    }
    for (int i = 0; i < uris.size(); i++) {
      String field = redirectUriField(i);
      if (problems.requireNonNull(field, uris.get(i))) {
        problems.checkHttpUrl(field, uris.get(i));
      }
    }
  }

  private static String redirectUriField(int index) {
    return index < REDIRECT_URI_FIELDS.length ? REDIRECT_URI_FIELDS[index] : "redirectUris[" + index + "]";
  }
}
