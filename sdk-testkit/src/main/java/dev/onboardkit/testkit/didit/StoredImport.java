package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One bulk import job of the fake: what it was asked to read and what came of it; guarded by the store's lock. */
final class StoredImport {
  final String id;
  final String importType;
  final String sourceFormat;
  final String sourceFileUrl;
  @Nullable final String workflowId;
  final Instant createdAt;
  String status = "processing";
  int totalRows;
  int importedRows;
  /** The rows that failed: {@code row_number}, {@code column}, {@code message}. */
  final List<ObjectNode> errors = new ArrayList<>();
  /** Why the whole job failed, such as a file that could not be downloaded. */
  @Nullable String failure;
  @Nullable Instant completedAt;

  StoredImport(String id, String importType, String sourceFormat, String sourceFileUrl, @Nullable String workflowId,
      Instant createdAt) {
    this.id = id;
    this.importType = importType;
    this.sourceFormat = sourceFormat;
    this.sourceFileUrl = sourceFileUrl;
    this.workflowId = workflowId;
    this.createdAt = createdAt;
  }
}
