package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import java.time.Instant;

/** One value of a list; guarded by the store's lock. */
final class StoredListEntry {
  final String uuid;
  final String value;
  final String displayLabel;
  final String comment;
  final String addedBy;
  @Nullable final String referenceSessionId;
  @Nullable final Long referenceSessionNumber;
  @Nullable final String referenceObjectUuid;
  final ObjectNode metadata;
  final Instant createdAt;
  /** For a face entry: the SHA-256 of the image, which face checks match against; otherwise null. */
  @Nullable final String faceHash;

  StoredListEntry(String uuid, String value, String displayLabel, String comment, String addedBy,
      @Nullable String referenceSessionId, @Nullable Long referenceSessionNumber,
      @Nullable String referenceObjectUuid, ObjectNode metadata, Instant createdAt, @Nullable String faceHash) {
    this.uuid = uuid;
    this.value = value;
    this.displayLabel = displayLabel;
    this.comment = comment;
    this.addedBy = addedBy;
    this.referenceSessionId = referenceSessionId;
    this.referenceSessionNumber = referenceSessionNumber;
    this.referenceObjectUuid = referenceObjectUuid;
    this.metadata = metadata;
    this.createdAt = createdAt;
    this.faceHash = faceHash;
  }
}
