package dev.onboardkit.testkit.didit;

/** A token pair the fake issued by a login, a 2FA verification or an email verification. */
final class DiditTokens {
  final String accessToken;
  final String refreshToken;
  final long expiresInSeconds;

  DiditTokens(String accessToken, String refreshToken, long expiresInSeconds) {
    this.accessToken = accessToken;
    this.refreshToken = refreshToken;
    this.expiresInSeconds = expiresInSeconds;
  }
}
