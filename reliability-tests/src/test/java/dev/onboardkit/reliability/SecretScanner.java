package dev.onboardkit.reliability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds any of many secrets in large text in one pass: a rolling hash over windows of the shortest secret's length
 * picks candidate positions, and a candidate is confirmed by comparing the whole secret. Tens of thousands of secrets
 * over tens of megabytes of log take well under a second, where one {@code indexOf} per secret would take minutes.
 */
final class SecretScanner {
  private static final long BASE = 1_000_003L;

  private final int window;
  private final long topPower;
  private final Map<Long, List<String>> byPrefixHash = new HashMap<>();
  private final int secretCount;

  /**
   * Creates a scanner.
   *
   * @param secrets the secrets; each at least {@code minLength} characters
   * @param minLength the window length
   */
  SecretScanner(Collection<String> secrets, int minLength) {
    this.window = minLength;
    long p = 1;
    for (int i = 1; i < window; i++) {
      p *= BASE;
    }
    this.topPower = p;
    Set<String> distinct = new LinkedHashSet<>(secrets);
    for (String s : distinct) {
      if (s.length() < window) {
        throw new IllegalArgumentException("secret shorter than " + window + " characters");
      }
      byPrefixHash.computeIfAbsent(hash(s, 0), k -> new ArrayList<>(1)).add(s);
    }
    this.secretCount = distinct.size();
  }

  int size() {
    return secretCount;
  }

  private long hash(CharSequence s, int from) {
    long h = 0;
    for (int i = from; i < from + window; i++) {
      h = h * BASE + s.charAt(i);
    }
    return h;
  }

  /**
   * Returns the secrets found in {@code text}.
   *
   * @param text the text to scan
   * @return the secrets that occur, in the order first found
   */
  Set<String> find(CharSequence text) {
    Set<String> found = new LinkedHashSet<>();
    if (byPrefixHash.isEmpty() || text.length() < window) {
      return found;
    }
    long h = hash(text, 0);
    for (int i = 0; ; i++) {
      List<String> candidates = byPrefixHash.get(h);
      if (candidates != null) {
        for (String s : candidates) {
          if (i + s.length() <= text.length() && regionEquals(text, i, s)) {
            found.add(s);
          }
        }
      }
      if (i + window >= text.length()) {
        return found;
      }
      h = (h - text.charAt(i) * topPower) * BASE + text.charAt(i + window);
    }
  }

  private static boolean regionEquals(CharSequence text, int at, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (text.charAt(at + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
