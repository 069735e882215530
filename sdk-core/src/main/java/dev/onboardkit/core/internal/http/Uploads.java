package dev.onboardkit.core.internal.http;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.internal.Problems;

/**
 * Checks a request's files before anything is sent, with its other fields: the entry point for request builders to
 * {@link UploadSource#check}, which owns the rules. Internal.
 */
public final class Uploads {
  private static final HttpInternals INTERNALS = HttpInternals.get();

  private Uploads() {}

  /**
   * Requires a file and checks it: it exists and is readable (a path), is not empty, and is at most {@code maxBytes}
   * long (when its size is known before sending).
   *
   * @param problems collects the problems
   * @param field the request field, such as {@code userImage}
   * @param file the file
   * @param maxBytes the largest size allowed
   * @return true if the file is present and passed
   */
  public static boolean require(Problems problems, String field, @Nullable FileUpload file, long maxBytes) {
    if (!problems.requireNonNull(field, file)) {
      return false;
    }
    return check(problems, field, file, maxBytes);
  }

  /**
   * Checks an optional file like {@link #require}.
   *
   * @param problems collects the problems
   * @param field the request field, such as {@code backImage}
   * @param file the file, or null
   * @param maxBytes the largest size allowed
   * @return true if the file is absent or passed
   */
  public static boolean check(Problems problems, String field, @Nullable FileUpload file, long maxBytes) {
    if (file == null) {
      return true;
    }
    Problems own = new Problems();
    INTERNALS.source(file).check(own, field, maxBytes);
    problems.addAll(own);
    return own.isEmpty();
  }
}
