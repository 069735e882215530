package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Mutable state of one verification session; guarded by the store's lock. */
final class StoredVerificationSession {
  /** The statuses in which a create with the same vendor data returns this session again. */
  static final Set<String> UNFINISHED = Set.of("Not Started", "In Progress", "Resubmitted", "Awaiting User");

  final String sessionId;
  final long sessionNumber;
  final String sessionToken;
  final String workflowId;
  final int workflowVersion;
  final List<String> features;
  final Instant createdAt;
  final Instant expiresAt;
  @Nullable final String vendorData;
  @Nullable final String callback;
  final JsonNode metadata;
  final JsonNode contactDetails;
  final JsonNode expectedDetails;
  String status = "Not Started";
  /** The check arrays, by decision key; absent keys are null on the wire. */
  final ObjectNode checks = Json.object();
  final ArrayNode reviews = Json.array();
  final ArrayNode events = Json.array();
  final List<StoredDelivery> deliveries = new ArrayList<>();
  @Nullable JsonNode resubmitInfo;

  StoredVerificationSession(String sessionId, long sessionNumber, String sessionToken, StoredWorkflow workflow,
      Instant createdAt, Instant expiresAt, @Nullable String vendorData, @Nullable String callback,
      JsonNode metadata, JsonNode contactDetails, JsonNode expectedDetails) {
    this.sessionId = sessionId;
    this.sessionNumber = sessionNumber;
    this.sessionToken = sessionToken;
    this.workflowId = workflow.workflowId;
    this.workflowVersion = workflow.version;
    this.features = List.copyOf(workflow.featureNames());
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.vendorData = vendorData;
    this.callback = callback;
    this.metadata = metadata;
    this.contactDetails = contactDetails;
    this.expectedDetails = expectedDetails;
  }

  /** The hosted verification URL; it ends in the session token. */
  String url() {
    return "https://verify.didit.me/session/" + sessionToken;
  }

  boolean unfinished() {
    return UNFINISHED.contains(status);
  }
}
