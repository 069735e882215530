package dev.onboardkit.didit.internal.webhook;

/**
 * Orders strings by Unicode code point, as Python sorts {@code str}. {@link String#compareTo} orders by UTF-16 unit
 * instead, which puts astral characters (stored as surrogates, U+D800..U+DFFF) before U+E000..U+FFFF.
 */
final class CodePointOrder {
  private CodePointOrder() {}

  static int compare(String a, String b) {
    int common = Math.min(a.length(), b.length());
    for (int i = 0; i < common; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE
            ? codePointRank(x) - codePointRank(y)
            : x - y;
      }
    }
    return a.length() - b.length();
  }

  /** Moves surrogates above U+E000..U+FFFF, keeping the order within each group. */
  private static int codePointRank(char c) {
    return c >= 0xE000 ? c - 0x800 : c + 0x2000;
  }
}
