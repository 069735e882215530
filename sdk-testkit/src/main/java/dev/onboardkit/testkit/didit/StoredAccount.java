package dev.onboardkit.testkit.didit;

import dev.onboardkit.core.Nullable;
import java.time.Instant;

/** Mutable account state; guarded by the store's lock. */
final class StoredAccount {
  final String userId;
  final String email;
  final String password;
  boolean verified;
  @Nullable String pendingCode;
  @Nullable Instant codeIssuedAt;
  byte @Nullable [] totpSecret;
  int successfulLogins;

  StoredAccount(String userId, String email, String password) {
    this.userId = userId;
    this.email = email;
    this.password = password;
  }
}
