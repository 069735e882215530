package dev.onboardkit.testkit.didit;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.Ids;
import dev.onboardkit.testkit.internal.SecretLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tokens the Didit fake issued: access and refresh tokens (at most {@value #MAX_TOKENS}, the oldest forgotten
 * first) and two-factor temporary tokens. Not thread-safe: guarded by the {@link DiditStore}'s lock.
 */
final class DiditSessions {
  static final Duration TEMP_TOKEN_TTL = Duration.ofMinutes(5);
  static final Duration REFRESH_TTL = Duration.ofDays(7);
  static final int MAX_TOKENS = 50_000;

  private final Ids ids;
  private final SecretLedger secrets;
  private final byte[] signingKey;
  private final Map<String, Token> tokens = new LinkedHashMap<>();
  private final Map<String, TempToken> tempTokens = new HashMap<>();
  private Duration tokenLifetime = Duration.ofHours(24);

  DiditSessions(Ids ids, SecretLedger secrets) {
    this.ids = ids;
    this.secrets = secrets;
    this.signingKey = ids.bytes(32);
  }

  void tokenLifetime(Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive");
    }
    this.tokenLifetime = lifetime;
  }

  /** Issues an access token (valid for the token lifetime) and a refresh token (valid {@link #REFRESH_TTL}). */
  DiditTokens issue(StoredAccount a, Instant now) {
    String access = DiditJwt.mint(signingKey, a, "access", now, now.plus(tokenLifetime), ids.hex(32));
    String refresh = DiditJwt.mint(signingKey, a, "refresh", now, now.plus(REFRESH_TTL), ids.hex(32));
    if (tokens.size() >= MAX_TOKENS - 2) {
      tokens.values().removeIf(t -> !now.isBefore(t.expiresAt));
      for (Iterator<Token> it = tokens.values().iterator(); it.hasNext() && tokens.size() >= MAX_TOKENS - 2; ) {
        it.next();
        it.remove();
      }
    }
    tokens.put(access, new Token(a.userId, now.plus(tokenLifetime), false));
    tokens.put(refresh, new Token(a.userId, now.plus(REFRESH_TTL), true));
    secrets.add(access);
    secrets.add(refresh);
    return new DiditTokens(access, refresh, tokenLifetime.getSeconds());
  }

  /** Returns the user id of a live access token, or null for an unknown, expired, revoked or refresh token. */
  @Nullable String accessTokenUser(String token, Instant now) {
    Token t = tokens.get(token);
    return t == null || t.refresh || !now.isBefore(t.expiresAt) ? null : t.userId;
  }

  /** Revokes every token of a user and returns how many there were. */
  int revoke(String userId) {
    int removed = 0;
    for (Iterator<Token> it = tokens.values().iterator(); it.hasNext(); ) {
      if (it.next().userId.equals(userId)) {
        it.remove();
        removed++;
      }
    }
    return removed;
  }

  /** Issues a two-factor temporary token, valid {@link #TEMP_TOKEN_TTL}. */
  String issueTemp(String userId, Instant now) {
    String temp = ids.base64Url(32);
    secrets.add(temp);
    tempTokens.values().removeIf(t -> !now.isBefore(t.expiresAt));
    tempTokens.put(temp, new TempToken(userId, now.plus(TEMP_TOKEN_TTL)));
    return temp;
  }

  /** Returns the user id of a live temporary token, or null for an unknown or expired one. */
  @Nullable String tempTokenUser(String temp, Instant now) {
    TempToken t = tempTokens.get(temp);
    return t == null || !now.isBefore(t.expiresAt) ? null : t.userId;
  }

  void redeemTemp(String temp) {
    tempTokens.remove(temp);
  }

  private static final class Token {
    final String userId;
    final Instant expiresAt;
    final boolean refresh;

    Token(String userId, Instant expiresAt, boolean refresh) {
      this.userId = userId;
      this.expiresAt = expiresAt;
      this.refresh = refresh;
    }
  }

  private static final class TempToken {
    final String userId;
    final Instant expiresAt;

    TempToken(String userId, Instant expiresAt) {
      this.userId = userId;
      this.expiresAt = expiresAt;
    }
  }
}
