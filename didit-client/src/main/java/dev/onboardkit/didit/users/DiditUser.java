package dev.onboardkit.didit.users;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * A user (a KYC subject), from {@code /users/}: Didit groups an application's verifications by {@code vendor_data},
 * your identifier for the person.
 *
 * <p>Didit does not publish this response's shape: the members declared here are those its request schema documents;
 * every other member the server sends is kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditUser.Builder.class)
public abstract class DiditUser implements ApiObject {
  DiditUser() {}

  /**
   * Returns your identifier for the user, the key of the other user calls.
   *
   * @return the vendor data, if sent
   */
  public abstract Optional<String> vendorData();

  /**
   * Returns the user's full name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> fullName();

  /**
   * Returns the name shown in the console.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> displayName();

  /**
   * Returns the date of birth as sent ({@code YYYY-MM-DD}).
   *
   * @return the date, if sent
   */
  public abstract Optional<String> dateOfBirth();

  /**
   * Returns the monitoring status as sent, such as {@code ACTIVE}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns your own data kept with the user.
   *
   * @return the metadata; empty when none
   */
  @AllowNulls
  public abstract Map<String, Object> metadata();

  /**
   * Returns the email addresses allowlisted for the user.
   *
   * @return the addresses; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<String> approvedEmails();

  /**
   * Returns the phone numbers allowlisted for the user.
   *
   * @return the numbers; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<String> approvedPhones();

  /**
   * Returns the document issuing states kept with the user.
   *
   * @return the states; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<String> issuingStates();

  /**
   * Returns the monitoring status.
   *
   * @return the status; {@link DiditEntityStatus#UNKNOWN} when absent or not known to this SDK
   */
  public DiditEntityStatus status() {
    return DiditEntityStatus.fromWire(statusRaw().orElse(null));
  }
}
