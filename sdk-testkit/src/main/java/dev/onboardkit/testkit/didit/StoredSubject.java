package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.Json;
import java.time.Instant;

/** Mutable state of one user or business (a KYC or KYB subject); guarded by the store's lock. */
final class StoredSubject {
  final DiditSubjectStore.Kind kind;
  final String diditInternalId;
  final Instant createdAt;
  @Nullable String vendorData;
  String status = "ACTIVE";
  /** The profile members other than {@code vendor_data}, {@code status} and {@code metadata}, as last set. */
  final ObjectNode profile = Json.object();
  JsonNode metadata = Json.object();
  Instant updatedAt;

  StoredSubject(DiditSubjectStore.Kind kind, String diditInternalId, @Nullable String vendorData, Instant createdAt) {
    this.kind = kind;
    this.diditInternalId = diditInternalId;
    this.vendorData = vendorData;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }
}
