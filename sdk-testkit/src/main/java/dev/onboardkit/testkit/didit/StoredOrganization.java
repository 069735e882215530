package dev.onboardkit.testkit.didit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mutable organization state; guarded by the store's lock. */
final class StoredOrganization {
  final String uuid;
  final String name;
  final String contactEmail;
  final Instant createdAt;
  /** Member user id to role, in joining order. */
  final Map<String, DiditRole> members = new LinkedHashMap<>();

  StoredOrganization(String uuid, String name, String contactEmail, Instant createdAt) {
    this.uuid = uuid;
    this.name = name;
    this.contactEmail = contactEmail;
    this.createdAt = createdAt;
  }
}
