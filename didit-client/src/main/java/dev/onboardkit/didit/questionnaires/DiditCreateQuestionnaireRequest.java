package dev.onboardkit.didit.questionnaires;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /questionnaires/}: a custom questionnaire. {@code title} and {@code questions} are required.
 * The questions' own shape is not published by Didit, so each is a JSON object given as a map.
 *
 * <pre>{@code
 * DiditQuestionnaire q = client.questionnaires().create(DiditCreateQuestionnaireRequest.builder()
 *     .title("Source of funds")
 *     .questions(List.of(Map.of("type", "single_choice", "text", "Where do your funds come from?",
 *         "options", List.of("Salary", "Savings", "Investments"))))
 *     .build());
 * }</pre>
 */
public final class DiditCreateQuestionnaireRequest {
  private final Map<String, Object> fields;

  private DiditCreateQuestionnaireRequest(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * Starts a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the JSON members that will be sent, keyed by wire name in the order they were set.
   *
   * @return the members; unmodifiable
   */
  @JsonValue
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns whether a member is sent.
   *
   * @param wireName the JSON name, such as {@code "title"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditCreateQuestionnaireRequest && fields.equals(((DiditCreateQuestionnaireRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditCreateQuestionnaireRequest", fields);
  }

  /** Copies each question (one level deep), keeping null entries for {@link WireFields#check} to report. */
  static @Nullable List<Object> copy(@Nullable List<? extends Map<String, ?>> questions) {
    if (questions == null) {
      return null;
    }
    List<Object> out = new java.util.ArrayList<>();
    for (Map<String, ?> q : questions) {
      out.add(q == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(q)));
    }
    return out;
  }

  /** Reports a question that is null or has a null key; the questions' shape is otherwise the server's to check. */
  static void checkQuestions(@Nullable Object questions, Problems problems) {
    if (!(questions instanceof List)) {
      return;
    }
    List<?> list = (List<?>) questions;
    for (int i = 0; i < list.size(); i++) {
      Object q = list.get(i);
      if (q instanceof Map && ((Map<?, ?>) q).containsKey(null)) {
        problems.add("questions[" + i + "]", "must not have a null key");
      }
    }
  }

  /**
   * Builds {@link DiditCreateQuestionnaireRequest}. Setters accept null, which leaves a field unset (not sent);
   * {@link #build()} reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the title.
     *
     * @param title the value; null to leave it unset
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      f.set("title", "title", title);
      return this;
    }

    /**
     * Sets the description shown to the user.
     *
     * @param description the value; null to leave it unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      f.set("description", "description", description);
      return this;
    }

    /**
     * Sets the questions, each a JSON object with its type, text, options and optional branching, as Didit's
     * questionnaire editor writes them (the shape is not published); the list is replaced whole on update.
     *
     * @param questions the value; null to leave it unset
     * @return this builder
     */
    public Builder questions(@Nullable List<? extends Map<String, ?>> questions) {
      f.list("questions", "questions", copy(questions));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditCreateQuestionnaireRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      problems.requireText("title", f.text("title"), Integer.MAX_VALUE);
      problems.requireNonNull("questions", f.get("questions"));
      checkQuestions(f.get("questions"), problems);
      problems.throwIfAny();
      return new DiditCreateQuestionnaireRequest(f.snapshot());
    }
  }
}
