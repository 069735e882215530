package dev.onboardkit.reliability;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets any reliability test handled (API keys, passwords, tokens, codes), registered so that
 * {@link SecretHygieneTest}, which runs last, also scans the whole TRACE log for the secrets of the tests that ran
 * before it. Only values of 12 characters or more are kept: they cannot turn up in a log by chance.
 */
final class SuiteSecrets {
  static final int MIN_LENGTH = 12;
  private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

  private SuiteSecrets() {}

  /** Registers secrets; short ones are ignored. */
  static void addAll(Collection<String> secrets) {
    for (String s : secrets) {
      if (s != null && s.length() >= MIN_LENGTH) {
        SECRETS.add(s);
      }
    }
  }

  /** Returns the registered secrets. */
  static Set<String> snapshot() {
    return Set.copyOf(SECRETS);
  }
}
