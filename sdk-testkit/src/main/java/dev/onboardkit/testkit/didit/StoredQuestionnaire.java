package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.onboardkit.core.Nullable;
import java.time.Instant;

/** Mutable state of one questionnaire; guarded by the store's lock. */
final class StoredQuestionnaire {
  final String uuid;
  final Instant createdAt;
  String title;
  @Nullable String description;
  ArrayNode questions;
  Instant updatedAt;

  StoredQuestionnaire(String uuid, String title, @Nullable String description, ArrayNode questions,
      Instant createdAt) {
    this.uuid = uuid;
    this.title = title;
    this.description = description;
    this.questions = questions;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }
}
