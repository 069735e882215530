package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A company a KYB registry search found ({@code kyb_registry.companies[]}): pass its {@link #kybResponseId()} to
 * {@code selectKyb} to retrieve the full registry profile. Members not typed here arrive in
 * {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditKybCandidate.Builder.class)
public abstract class DiditKybCandidate implements ApiObject {
  DiditKybCandidate() {}

  /**
   * Returns the per-search handle of this candidate, for {@code selectKyb}.
   *
   * @return the handle
   */
  public abstract String kybResponseId();

  /**
   * Returns the company's registered name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> name();

  /**
   * Returns the company's registration number.
   *
   * @return the number, if sent
   */
  public abstract Optional<String> registrationNumber();

  /**
   * Returns the company's registry status, such as {@code active}.
   *
   * @return the status, if sent
   */
  public abstract Optional<String> status();

  /**
   * Returns the company's legal form, such as {@code Public Limited Company}.
   *
   * @return the type, if sent
   */
  public abstract Optional<String> type();

  /**
   * Returns the risk level the provider gave.
   *
   * @return the level, if sent
   */
  public abstract Optional<String> riskLevel();

  /**
   * Returns whether the provider resolved this candidate ({@code resolved}, {@code pending}).
   *
   * @return the status, if sent
   */
  public abstract Optional<String> fetchStatus();
}
