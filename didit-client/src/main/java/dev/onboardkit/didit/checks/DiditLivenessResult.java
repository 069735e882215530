package dev.onboardkit.didit.checks;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.didit.decisions.DiditLivenessCheck;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of passive liveness ({@code POST /passive-liveness/}) and of age estimation
 * ({@code POST /age-estimation/}): a liveness report, the same shape as a {@code liveness_checks[]} item of a session
 * decision, with its {@code score} (0 to 100) and, for age estimation, {@code age_estimation} in years. The detected
 * faces ({@code user_image}), {@code face_quality} and {@code face_luminance} are in the report's
 * {@code additionalProperties()}.
 *
 * <p>Partly undocumented: the members this type does not name arrive in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditLivenessResult.Builder.class)
public abstract class DiditLivenessResult implements DiditCheckResult {
  DiditLivenessResult() {}

  @Override
  public abstract String requestId();

  /**
   * Returns the liveness report ({@code liveness}): status ({@code Approved} or {@code Declined}), method, score,
   * estimated age and warnings.
   *
   * @return the report
   */
  public abstract DiditLivenessCheck liveness();

  @Override
  public abstract Optional<String> vendorData();

  @Override
  @AllowNulls
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract Map<String, Object> metadata();

  @Override
  public abstract Optional<Instant> createdAt();
}
