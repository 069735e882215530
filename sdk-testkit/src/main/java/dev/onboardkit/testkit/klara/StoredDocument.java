package dev.onboardkit.testkit.klara;

/** An uploaded document; immutable. */
final class StoredDocument {
  final String id;
  final String fieldId;
  final String fileName;
  final String fileType;
  final String status;

  StoredDocument(String id, String fieldId, String fileName, String fileType, String status) {
    this.id = id;
    this.fieldId = fieldId;
    this.fileName = fileName;
    this.fileType = fileType;
    this.status = status;
  }
}
