package dev.onboardkit.testkit.didit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Mutable state of one webhook destination; guarded by the store's lock. */
final class StoredDestination {
  final String uuid;
  final String secret;
  final Instant createdAt;
  String label;
  String url;
  boolean enabled = true;
  String webhookVersion = "v3";
  List<String> subscribedEvents = new ArrayList<>();
  Instant updatedAt;
  final List<StoredDelivery> deliveries = new ArrayList<>();

  StoredDestination(String uuid, String secret, String label, String url, Instant createdAt) {
    this.uuid = uuid;
    this.secret = secret;
    this.label = label;
    this.url = url;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }
}
