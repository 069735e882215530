package dev.onboardkit.testkit.klara;

import dev.onboardkit.core.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The list endpoint's opaque cursor: the creation sequence number of the last application on the page. */
final class KlaraCursor {
  private KlaraCursor() {}

  static String encode(long seq) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("app:" + seq).getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the sequence number, or null for a cursor the fake did not issue. */
  static @Nullable Long decode(@Nullable String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith("app:")) {
        return null;
      }
      long seq = Long.parseLong(text.substring(4));
      return seq > 0 ? seq : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
