package dev.onboardkit.testkit.klara;

import java.util.Set;

/** An issued API key: its organization and scopes; revocable. Guarded by the store's lock. */
final class StoredKey {
  final String organizationId;
  final Set<String> scopes;
  boolean revoked;

  StoredKey(String organizationId, Set<String> scopes) {
    this.organizationId = organizationId;
    this.scopes = scopes;
  }
}
