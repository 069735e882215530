package dev.onboardkit.testkit.didit;

import dev.onboardkit.core.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Didit's documented rate limits: register and resend-otp share {@value #IP_LIMIT} requests per client IP per
 * {@link #IP_WINDOW}; resend-otp has a {@link #RESEND_COOLDOWN} per email; failed logins lock the email. Each check
 * answers the seconds to wait, or null. Switched off, nothing is counted. Not thread-safe: guarded by the
 * {@link DiditStore}'s lock.
 */
final class DiditRateLimits {
  static final Duration RESEND_COOLDOWN = Duration.ofSeconds(60);
  static final Duration IP_WINDOW = Duration.ofHours(1);
  static final int IP_LIMIT = 5;

  private final Map<String, Deque<Instant>> ipHits = new HashMap<>();
  private final Map<String, LoginFailures> loginFailures = new HashMap<>();
  private boolean enabled = true;

  void enabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Counts a register or resend-otp request; over the limit, returns the wait (the request is not counted). */
  @Nullable Long throttleIp(String clientIp, Instant now) {
    if (!enabled) {
      return null;
    }
    Deque<Instant> hits = ipHits.computeIfAbsent(clientIp, k -> new ArrayDeque<>());
    while (!hits.isEmpty() && !now.isBefore(hits.peekFirst().plus(IP_WINDOW))) {
      hits.removeFirst();
    }
    if (hits.size() >= IP_LIMIT) {
      return secondsUntil(now, hits.peekFirst().plus(IP_WINDOW));
    }
    hits.addLast(now);
    return null;
  }

  /** Returns the wait until the account may ask for another code, or null when it may now. */
  @Nullable Long resendCooldown(StoredAccount a, Instant now) {
    if (enabled && a.codeIssuedAt != null && now.isBefore(a.codeIssuedAt.plus(RESEND_COOLDOWN))) {
      return secondsUntil(now, a.codeIssuedAt.plus(RESEND_COOLDOWN));
    }
    return null;
  }

  /** Returns how long the account's logins stay locked, or null when they are not. */
  @Nullable Long loginLockout(String accountKey, Instant now) {
    LoginFailures failures = loginFailures.get(accountKey);
    if (enabled && failures != null && failures.lockedUntil != null && now.isBefore(failures.lockedUntil)) {
      return secondsUntil(now, failures.lockedUntil);
    }
    return null;
  }

  /** Counts a failed login: 5 lock the account for 15 minutes, 10 for an hour, 20 for a day. */
  void loginFailed(String accountKey, Instant now) {
    if (!enabled) {
      return;
    }
    LoginFailures f = loginFailures.computeIfAbsent(accountKey, k -> new LoginFailures());
    f.count++;
    if (f.count >= 20) {
      f.lockedUntil = now.plus(Duration.ofHours(24));
    } else if (f.count >= 10) {
      f.lockedUntil = now.plus(Duration.ofHours(1));
    } else if (f.count >= 5) {
      f.lockedUntil = now.plus(Duration.ofMinutes(15));
    }
  }

  void loginSucceeded(String accountKey) {
    loginFailures.remove(accountKey);
  }

  private static long secondsUntil(Instant now, Instant until) {
    long millis = Duration.between(now, until).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  private static final class LoginFailures {
    int count;
    @Nullable Instant lockedUntil;
  }
}
