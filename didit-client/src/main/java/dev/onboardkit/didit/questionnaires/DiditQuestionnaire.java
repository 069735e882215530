package dev.onboardkit.didit.questionnaires;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A custom questionnaire, from {@code /questionnaires/}: questions with options, branching and translations, run by a
 * workflow's {@code QUESTIONNAIRE} feature.
 *
 * <p>Didit does not publish this response's shape: the members declared here are those its request schema documents;
 * every other member the server sends is kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditQuestionnaire.Builder.class)
public abstract class DiditQuestionnaire implements ApiObject {
  DiditQuestionnaire() {}

  /**
   * Returns the questionnaire's identifier, the key of the other questionnaire calls.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> uuid();

  /**
   * Returns the title.
   *
   * @return the title, if sent
   */
  public abstract Optional<String> title();

  /**
   * Returns the description shown to the user.
   *
   * @return the description, if sent
   */
  public abstract Optional<String> description();

  /**
   * Returns the questions as plain Java values, each a JSON object with its type, text, options and branching.
   *
   * @return the questions; empty when none sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  public abstract List<Map<String, Object>> questions();
}
