package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.Ids;
import dev.onboardkit.testkit.internal.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users and businesses of the Verification API fake, each grouped by {@code vendor_data}: created by hand, or on
 * the first session that names a new {@code vendor_data} (a KYB workflow's sessions make businesses). Guarded by the
 * verification store's lock.
 */
final class DiditSubjectStore {
  /** Which collection a subject belongs to. */
  enum Kind {
    USER("users", "user"),
    BUSINESS("businesses", "business");

    final String path;
    final String noun;

    Kind(String path, String noun) {
      this.path = path;
      this.noun = noun;
    }
  }

  private final Ids ids;
  private final Map<Kind, Map<String, StoredSubject>> byInternalId = new LinkedHashMap<>();

  DiditSubjectStore(Ids ids) {
    this.ids = ids;
    for (Kind kind : Kind.values()) {
      byInternalId.put(kind, new LinkedHashMap<>());
    }
  }

  StoredSubject create(Kind kind, @Nullable String vendorData, Instant now) {
    StoredSubject s = new StoredSubject(kind, ids.uuid(), vendorData, now);
    byInternalId.get(kind).put(s.diditInternalId, s);
    return s;
  }

  /** The subject with this {@code vendor_data}, or else with this internal id; null if none. */
  @Nullable StoredSubject find(Kind kind, String key) {
    for (StoredSubject s : byInternalId.get(kind).values()) {
      if (key.equals(s.vendorData)) {
        return s;
      }
    }
    return byInternalId.get(kind).get(key);
  }

  /** Newest first. */
  List<StoredSubject> all(Kind kind) {
    List<StoredSubject> out = new ArrayList<>(byInternalId.get(kind).values());
    Collections.reverse(out);
    return out;
  }

  /** Deletes the named subjects (unknown ids are skipped), or all; returns how many went. */
  int delete(Kind kind, Collection<String> vendorData, Collection<String> internalIds, boolean all) {
    Map<String, StoredSubject> map = byInternalId.get(kind);
    int before = map.size();
    map.values().removeIf(s -> all || internalIds.contains(s.diditInternalId)
        || (s.vendorData != null && vendorData.contains(s.vendorData)));
    return before - map.size();
  }

  /** A session named a {@code vendor_data}: the subject exists from then on. */
  void sessionCreated(StoredVerificationSession session, Instant now) {
    if (session.vendorData == null) {
      return;
    }
    Kind kind = DiditDecisions.kind(session).equals("business") ? Kind.BUSINESS : Kind.USER;
    if (find(kind, session.vendorData) == null) {
      create(kind, session.vendorData, now);
    }
  }

  /** A user's session was approved: the name, birth date and issuing state read from the document fill the blanks. */
  void sessionApproved(StoredVerificationSession session, Instant now) {
    StoredSubject user = session.vendorData == null ? null : find(Kind.USER, session.vendorData);
    JsonNode ids = session.checks.path("id_verifications").path(0);
    if (user == null || !ids.isObject()) {
      return;
    }
    fill(user.profile, "full_name", ids.get("full_name"));
    fill(user.profile, "date_of_birth", ids.get("date_of_birth"));
    String state = Json.text(ids, "issuing_state");
    if (state != null) {
      ArrayNode states = user.profile.has("issuing_states") && user.profile.get("issuing_states").isArray()
          ? (ArrayNode) user.profile.get("issuing_states") : user.profile.putArray("issuing_states");
      boolean known = false;
      for (JsonNode s : states) {
        known |= s.asText().equals(state);
      }
      if (!known) {
        states.add(state);
      }
    }
    user.updatedAt = now;
  }

  private static void fill(ObjectNode profile, String field, @Nullable JsonNode value) {
    if (value != null && value.isTextual() && !profile.hasNonNull(field)) {
      profile.set(field, value);
    }
  }

  /** How many sessions name this subject's {@code vendor_data}. */
  static int sessionCount(StoredSubject s, List<StoredVerificationSession> sessions) {
    int n = 0;
    for (StoredVerificationSession session : sessions) {
      n += s.vendorData != null && s.vendorData.equals(session.vendorData) ? 1 : 0;
    }
    return n;
  }
}
