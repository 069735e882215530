package dev.onboardkit.didit.decisions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk signal raised by a check, an item of a check's {@code warnings[]}. Match on {@link #risk()}; whether it
 * declines, sends to review or only informs depends on the workflow's settings ({@link #logType()}).
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditWarning.Builder.class)
public abstract class DiditWarning implements ApiObject {
  DiditWarning() {}

  /**
   * Returns the feature that raised it.
   *
   * @return the feature, if sent
   */
  public abstract Optional<String> feature();

  /**
   * Returns the stable risk code, such as {@code DOCUMENT_EXPIRED}.
   *
   * @return the code, if sent
   */
  public abstract Optional<String> risk();

  /**
   * Returns extra data about the risk, as plain Java values.
   *
   * @return the data, if sent
   */
  public abstract Optional<Object> additionalData();

  /**
   * Returns the severity: {@code error} (declines), {@code warning} (review) or {@code information}.
   *
   * @return the severity, if sent
   */
  public abstract Optional<String> logType();

  /**
   * Returns a short description.
   *
   * @return the description, if sent
   */
  public abstract Optional<String> shortDescription();

  /**
   * Returns a long description.
   *
   * @return the description, if sent
   */
  public abstract Optional<String> longDescription();

  /**
   * Returns the workflow node of the check that raised it.
   *
   * @return the node id, if sent
   */
  public abstract Optional<String> nodeId();

}
