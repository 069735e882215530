package dev.onboardkit.didit.checks;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.didit.decisions.DiditIdVerification;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of ID verification ({@code POST /id-verification/}): the document's report, the same shape as an
 * {@code id_verifications[]} item of a session decision, with the extracted fields (names, numbers, dates) typed and
 * the rest (MRZ, image quality, extra fields) in its {@code additionalProperties()}.
 *
 * <p>Partly undocumented: the members this type does not name arrive in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditIdVerificationResult.Builder.class)
public abstract class DiditIdVerificationResult implements DiditCheckResult {
  DiditIdVerificationResult() {}

  @Override
  public abstract String requestId();

  /**
   * Returns the document's report ({@code id_verification}): status, warnings, extracted fields and short-lived
   * image URLs (masked in {@code toString()}).
   *
   * @return the report
   */
  public abstract DiditIdVerification idVerification();

  @Override
  public abstract Optional<String> vendorData();

  @Override
  @AllowNulls
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract Map<String, Object> metadata();

  @Override
  public abstract Optional<Instant> createdAt();
}
