package dev.onboardkit.testkit.didit;

import java.time.Instant;

/** A session shared with a partner for Reusable KYC: the token the partner imports it with; store-guarded. */
final class StoredShare {
  final String token;
  final String sessionId;
  final String partnerClientId;
  final Instant expiresAt;
  boolean used;

  StoredShare(String token, String sessionId, String partnerClientId, Instant expiresAt) {
    this.token = token;
    this.sessionId = sessionId;
    this.partnerClientId = partnerClientId;
    this.expiresAt = expiresAt;
  }
}
