package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Mutable state of one workflow; guarded by the store's lock. */
final class StoredWorkflow {
  final String workflowId;
  final Instant createdAt;
  String uuid;
  String label;
  String status = "published";
  boolean isDefault;
  int version = 1;
  ArrayNode features;
  /** Members sent on create or update that the fake keeps and echoes (is_desktop_allowed, ...). */
  final com.fasterxml.jackson.databind.node.ObjectNode settings = dev.onboardkit.testkit.internal.Json.object();

  StoredWorkflow(String workflowId, String uuid, String label, ArrayNode features, Instant createdAt) {
    this.workflowId = workflowId;
    this.uuid = uuid;
    this.label = label;
    this.features = features;
    this.createdAt = createdAt;
  }

  List<String> featureNames() {
    List<String> names = new ArrayList<>();
    for (JsonNode f : features) {
      names.add(f.isTextual() ? f.asText() : f.path("feature").asText());
    }
    return names;
  }
}
