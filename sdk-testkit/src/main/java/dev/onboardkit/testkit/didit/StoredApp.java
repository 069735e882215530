package dev.onboardkit.testkit.didit;

import dev.onboardkit.core.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Mutable application state; guarded by the store's lock. */
final class StoredApp {
  final String uuid;
  final String organizationId;
  final String clientId;
  final String apiKey;
  final Instant createdAt;
  final boolean createdThroughApi;
  String name;
  @Nullable String websiteUrl;
  List<String> redirectUris = new ArrayList<>();
  @Nullable String termsUrl;
  @Nullable String privacyUrl;
  @Nullable String description;

  StoredApp(String uuid, String organizationId, String name, String clientId, String apiKey, Instant createdAt,
      boolean createdThroughApi) {
    this.uuid = uuid;
    this.organizationId = organizationId;
    this.name = name;
    this.clientId = clientId;
    this.apiKey = apiKey;
    this.createdAt = createdAt;
    this.createdThroughApi = createdThroughApi;
  }
}
