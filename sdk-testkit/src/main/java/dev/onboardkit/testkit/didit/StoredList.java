package dev.onboardkit.testkit.didit;

import dev.onboardkit.core.Nullable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mutable state of one blocklist, allowlist or custom list; guarded by the store's lock. */
final class StoredList {
  final String uuid;
  final String listType;
  final String entryType;
  final boolean system;
  final Instant createdAt;
  String name;
  String description;
  Instant updatedAt;
  @Nullable Instant lastEntryAddedAt;
  /** The entries by uuid, in the order added. */
  final Map<String, StoredListEntry> entries = new LinkedHashMap<>();

  StoredList(String uuid, String name, String description, String listType, String entryType, boolean system,
      Instant createdAt) {
    this.uuid = uuid;
    this.name = name;
    this.description = description;
    this.listType = listType;
    this.entryType = entryType;
    this.system = system;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }
}
