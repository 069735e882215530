package dev.onboardkit.didit.checks;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.didit.decisions.DiditPoaVerification;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of proof-of-address verification ({@code POST /poa/}): the document's report, the same shape as a
 * {@code poa_verifications[]} item of a session decision (issuer, dates, holder name, raw and parsed address).
 *
 * <p>Partly undocumented: the members this type does not name arrive in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditPoaResult.Builder.class)
public abstract class DiditPoaResult implements DiditCheckResult {
  DiditPoaResult() {}

  @Override
  public abstract String requestId();

  /**
   * Returns the document's report ({@code poa}): status, warnings, issuer, dates and address.
   *
   * @return the report
   */
  public abstract DiditPoaVerification poa();

  @Override
  public abstract Optional<String> vendorData();

  @Override
  @AllowNulls
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract Map<String, Object> metadata();

  @Override
  public abstract Optional<Instant> createdAt();
}
