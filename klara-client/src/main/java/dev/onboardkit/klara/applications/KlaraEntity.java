package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A company related to the applicant, in an application's data. The API documents only {@code type} and
 * {@code source}; every other member (such as the entity's name or number) is in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraEntity.Builder.class)
public abstract class KlaraEntity implements ApiObject {
  KlaraEntity() {}

  /**
   * Returns the kind of relation as sent by the API.
   *
   * @return the raw type
   */
  @JsonProperty("type")
  public abstract Optional<String> typeRaw();

  /**
   * Returns the kind of relation.
   *
   * @return the type; {@link KlaraEntityType#UNKNOWN} when absent or not known to this SDK
   */
  public KlaraEntityType type() {
    return KlaraEntityType.fromWire(typeRaw().orElse(null));
  }

  /**
   * Returns where the entity came from as sent by the API.
   *
   * @return the raw source
   */
  @JsonProperty("source")
  public abstract Optional<String> sourceRaw();

  /**
   * Returns where the entity came from.
   *
   * @return the source; {@link KlaraEntitySource#UNKNOWN} when absent or not known to this SDK
   */
  public KlaraEntitySource source() {
    return KlaraEntitySource.fromWire(sourceRaw().orElse(null));
  }
}
