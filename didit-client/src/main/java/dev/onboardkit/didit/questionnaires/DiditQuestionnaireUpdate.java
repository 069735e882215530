package dev.onboardkit.didit.questionnaires;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PATCH /questionnaires/{uuid}/}: only the members set are sent.
 */
public final class DiditQuestionnaireUpdate {
  private final Map<String, Object> fields;

  private DiditQuestionnaireUpdate(Map<String, Object> fields) {
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
    return o instanceof DiditQuestionnaireUpdate && fields.equals(((DiditQuestionnaireUpdate) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditQuestionnaireUpdate", fields);
  }

  /**
   * Builds {@link DiditQuestionnaireUpdate}. Setters accept null, which leaves a field unset (not sent);
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
      f.list("questions", "questions", DiditCreateQuestionnaireRequest.copy(questions));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditQuestionnaireUpdate build() {
      Problems problems = new Problems();
      f.check(problems);
      DiditCreateQuestionnaireRequest.checkQuestions(f.get("questions"), problems);
      problems.throwIfAny();
      return new DiditQuestionnaireUpdate(f.snapshot());
    }
  }
}
