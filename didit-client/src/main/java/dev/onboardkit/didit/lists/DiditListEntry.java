package dev.onboardkit.didit.lists;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One value of a list, from {@code /lists/{uuid}/entries/}: what it is, who added it and why, and where it came from.
 * For a face entry the value is the face's id, and {@code metadata} may hold an image URL.
 *
 * <p>Members this type does not name arrive in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditListEntry.Builder.class)
public abstract class DiditListEntry implements ApiObject {
  DiditListEntry() {}

  /**
   * Returns the entry's id, used in its path.
   *
   * @return the id
   */
  public abstract String uuid();

  /**
   * Returns the value as stored (normalised: lower case for most types, upper case for countries).
   *
   * @return the value, if sent
   */
  public abstract Optional<String> value();

  /**
   * Returns the human-readable label shown in the console.
   *
   * @return the label, if sent
   */
  public abstract Optional<String> displayLabel();

  /**
   * Returns the reason given for adding it.
   *
   * @return the comment, if sent
   */
  public abstract Optional<String> comment();

  /**
   * Returns who added it: {@code api}, {@code console}, {@code email} or {@code system}.
   *
   * @return the source, if sent
   */
  public abstract Optional<String> addedBy();

  /**
   * Returns the session the value was taken from.
   *
   * @return the session id; empty for entries not made from a session
   */
  public abstract Optional<String> referenceSessionId();

  /**
   * Returns that session's number.
   *
   * @return the number, if sent
   */
  public abstract Optional<Long> referenceSessionNumber();

  /**
   * Returns the id of the source object: the face, document, phone or email of a session, or the transaction, user
   * or business the entry was made from ({@code metadata.reference_type} says which).
   *
   * @return the id, if sent
   */
  public abstract Optional<String> referenceObjectUuid();

  /**
   * Returns the structured data stored with the entry, as plain Java values.
   *
   * @return the metadata; empty when null or not sent
   */
  @AllowNulls
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract Map<String, Object> metadata();

  /**
   * Returns when the entry was added.
   *
   * @return the time, if sent
   */
  public abstract Optional<Instant> createdAt();
}
