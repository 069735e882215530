package dev.onboardkit.testkit.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every secret value a fake issued or was given, for leak scans: bounded to the {@value #CAPACITY} most recent.
 * Thread-safe. Not API.
 */
public final class SecretLedger {
  /** Most secrets kept. */
  public static final int CAPACITY = 200_000;

  private final Set<String> secrets = new LinkedHashSet<>();

  /** Creates an empty ledger. */
  public SecretLedger() {}

  /**
   * Records a secret value; null and empty values are ignored.
   *
   * @param secret the value
   */
  public synchronized void add(String secret) {
    if (secret == null || secret.isEmpty() || !secrets.add(secret)) {
      return;
    }
    if (secrets.size() > CAPACITY) {
      Iterator<String> oldest = secrets.iterator();
      oldest.next();
      oldest.remove();
    }
  }

  /**
   * Returns a copy of the recorded secrets, oldest first.
   *
   * @return the secrets
   */
  public synchronized Set<String> snapshot() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(secrets));
  }
}
