package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The questionnaires of the Verification API fake; guarded by the verification store's lock. */
final class DiditQuestionnaireStore {
  private final Ids ids;
  private final Map<String, StoredQuestionnaire> questionnaires = new LinkedHashMap<>();

  DiditQuestionnaireStore(Ids ids) {
    this.ids = ids;
  }

  StoredQuestionnaire create(String title, @Nullable String description, ArrayNode questions, Instant now) {
    StoredQuestionnaire q = new StoredQuestionnaire(ids.uuid(), title, description, questions, now);
    questionnaires.put(q.uuid, q);
    return q;
  }

  @Nullable StoredQuestionnaire find(String uuid) {
    return questionnaires.get(uuid);
  }

  void delete(StoredQuestionnaire q) {
    questionnaires.remove(q.uuid);
  }

  /** Newest first. */
  List<StoredQuestionnaire> all() {
    List<StoredQuestionnaire> out = new ArrayList<>(questionnaires.values());
    Collections.reverse(out);
    return out;
  }

  /** A new question id. */
  String questionId() {
    return ids.uuid();
  }
}
