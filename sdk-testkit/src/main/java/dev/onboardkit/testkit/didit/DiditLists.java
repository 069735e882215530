package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.internal.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lists of the Verification API fake: one system blocklist per entry type Didit provisions (created with the
 * fake), and the allowlists and custom lists tests create, with their entries; and the face index the face checks
 * search (face-list entries and the faces of saved liveness calls). Guarded by the store's lock.
 */
final class DiditLists {
  static final List<String> ENTRY_TYPES = List.of("face", "document", "phone", "email", "ip_address",
      "device_fingerprint", "wallet_address", "bank_account", "user", "business", "country", "key");
  /** Didit provisions ten system blocklists, one per entry type checked during verification or screening. */
  static final List<String> BLOCKLIST_TYPES = List.of("face", "document", "phone", "email", "ip_address",
      "device_fingerprint", "wallet_address", "bank_account", "user", "business");

  private final FakeClock clock;
  private final Ids ids;
  private final Map<String, StoredList> lists = new LinkedHashMap<>();
  private final List<EnrolledFace> enrolled = new ArrayList<>();

  /** A face a saved liveness or age-estimation call enrolled into the face search index. */
  static final class EnrolledFace {
    final String hash;
    final String sessionId;
    @Nullable final String vendorData;

    EnrolledFace(String hash, String sessionId, @Nullable String vendorData) {
      this.hash = hash;
      this.sessionId = sessionId;
      this.vendorData = vendorData;
    }
  }

  DiditLists(FakeClock clock, Ids ids) {
    this.clock = clock;
    this.ids = ids;
    for (String type : BLOCKLIST_TYPES) {
      String label = type.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + type.substring(1).replace('_', ' ');
      create(label + " Blocklist", "Blocked " + type.replace('_', ' ') + " values; matches are declined.",
          "blocklist", type, true);
    }
  }

  StoredList create(String name, String description, String listType, String entryType, boolean system) {
    StoredList l = new StoredList(ids.uuid(), name, description, listType, entryType, system, clock.instant());
    lists.put(l.uuid, l);
    return l;
  }

  @Nullable StoredList list(String uuid) {
    return lists.get(uuid);
  }

  Collection<StoredList> all() {
    return lists.values();
  }

  boolean nameTaken(String name, @Nullable StoredList except) {
    for (StoredList l : lists.values()) {
      if (l != except && l.name.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  void delete(StoredList list) {
    lists.remove(list.uuid);
  }

  StoredListEntry addEntry(StoredList list, String value, String displayLabel, String comment,
      @Nullable String referenceSessionId, @Nullable Long referenceSessionNumber,
      @Nullable String referenceObjectUuid, ObjectNode metadata, @Nullable String faceHash) {
    StoredListEntry e = new StoredListEntry(ids.uuid(), value, displayLabel, comment, "api", referenceSessionId,
        referenceSessionNumber, referenceObjectUuid, metadata, clock.instant(), faceHash);
    list.entries.put(e.uuid, e);
    list.lastEntryAddedAt = e.createdAt;
    list.updatedAt = e.createdAt;
    return e;
  }

  String newId() {
    return ids.uuid();
  }

  void enroll(String hash, String sessionId, @Nullable String vendorData) {
    enrolled.add(new EnrolledFace(hash, sessionId, vendorData));
  }

  List<EnrolledFace> enrolled() {
    return enrolled;
  }

  /** The face-list entries holding an image with this hash, with their lists. */
  List<Map.Entry<StoredList, StoredListEntry>> faceEntries(String hash) {
    List<Map.Entry<StoredList, StoredListEntry>> found = new ArrayList<>();
    for (StoredList l : lists.values()) {
      for (StoredListEntry e : l.entries.values()) {
        if (hash.equals(e.faceHash)) {
          found.add(Map.entry(l, e));
        }
      }
    }
    return found;
  }
}
