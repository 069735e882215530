package dev.onboardkit.core.internal;

import java.nio.charset.StandardCharsets;

/** Percent-encoding for path segments and query components: everything except RFC 3986 unreserved characters. */
public final class UrlEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlEncoding() {}

  /**
   * Encodes a value so it stays one path segment or one query component: {@code /}, {@code ?}, {@code #},
   * {@code %}, spaces and non-ASCII are all escaped.
   *
   * @param value the raw value
   * @return the encoded value
   */
  public static String encode(String value) {
    boolean plain = true;
    for (int i = 0; i < value.length() && plain; i++) {
      plain = isUnreserved(value.charAt(i));
    }
    if (plain) {
      return value;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && isUnreserved(c)) {
        sb.append(c);
      } else {
        sb.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return sb.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
