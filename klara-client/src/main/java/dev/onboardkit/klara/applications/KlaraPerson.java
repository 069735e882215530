package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A person in an application's data: a director, beneficial owner or shareholder. Members this SDK does not model
 * (such as the home address, whose shape the reference leaves out) are in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraPerson.Builder.class)
public abstract class KlaraPerson implements ApiObject {
  KlaraPerson() {}

  /**
   * Returns the person's id within the application, such as {@code person-001} (not a UUID).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns where the person came from, as sent by the API.
   *
   * @return the raw source
   */
  @JsonProperty("source")
  public abstract Optional<String> sourceRaw();

  /**
   * Returns where the person came from.
   *
   * @return the source; {@link KlaraPersonSource#UNKNOWN} when absent or not known to this SDK
   */
  public KlaraPersonSource source() {
    return KlaraPersonSource.fromWire(sourceRaw().orElse(null));
  }

  /**
   * Returns the person's full name.
   *
   * @return the name
   */
  public abstract Optional<String> fullName();

  /**
   * Returns the person's email address.
   *
   * @return the email
   */
  public abstract Optional<String> email();

  /**
   * Returns the person's phone number.
   *
   * @return the phone number
   */
  public abstract Optional<String> phoneNumber();

  /**
   * Returns the date of birth as sent by the API ({@code YYYY-MM-DD}).
   *
   * @return the raw date of birth
   */
  @JsonProperty("date_of_birth")
  public abstract Optional<String> dateOfBirthRaw();

  /**
   * Returns the date of birth.
   *
   * @return the date; empty when absent or not a {@code YYYY-MM-DD} date
   */
  public Optional<LocalDate> dateOfBirth() {
    try {
      return dateOfBirthRaw().map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the person's nationality.
   *
   * @return the nationality
   */
  public abstract Optional<String> nationality();

  /**
   * Returns the person's roles as sent by the API.
   *
   * @return the raw roles; empty when none were sent
   */
  @JsonProperty("roles")
  public abstract List<String> rolesRaw();

  /**
   * Returns the person's roles (several are possible).
   *
   * @return the roles; unknown values appear as {@link KlaraPersonRole#UNKNOWN}
   */
  public List<KlaraPersonRole> roles() {
    return rolesRaw().stream().map(KlaraPersonRole::fromWire).collect(Collectors.toUnmodifiableList());
  }
}
