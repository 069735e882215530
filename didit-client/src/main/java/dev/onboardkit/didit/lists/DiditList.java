package dev.onboardkit.didit.lists;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A blocklist, allowlist or custom list of the application, from {@code /lists/}.
 *
 * <p>Members this type does not name arrive in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditList.Builder.class)
public abstract class DiditList implements ApiObject {
  DiditList() {}

  /**
   * Returns the list's id, used in its paths.
   *
   * @return the id
   */
  public abstract String uuid();

  /**
   * Returns the list's name, unique in the application.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> name();

  /**
   * Returns the description.
   *
   * @return the description, if sent
   */
  public abstract Optional<String> description();

  /**
   * Returns the list's kind as sent, such as {@code "blocklist"}.
   *
   * @return the raw kind, if sent
   */
  @JsonProperty("list_type")
  public abstract Optional<String> listTypeRaw();

  /**
   * Returns the list's kind.
   *
   * @return the kind; {@link DiditListType#UNKNOWN} when absent or not known to this SDK
   */
  public DiditListType listType() {
    return DiditListType.fromWire(listTypeRaw().orElse(null));
  }

  /**
   * Returns what the list holds as sent, such as {@code "email"}.
   *
   * @return the raw entry type, if sent
   */
  @JsonProperty("entry_type")
  public abstract Optional<String> entryTypeRaw();

  /**
   * Returns what the list holds.
   *
   * @return the entry type; {@link DiditListEntryType#UNKNOWN} when absent or not known to this SDK
   */
  public DiditListEntryType entryType() {
    return DiditListEntryType.fromWire(entryTypeRaw().orElse(null));
  }

  /**
   * Returns whether this is a system blocklist (created by Didit; it cannot be renamed or deleted).
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> isSystem();

  /**
   * Returns how many entries the list holds.
   *
   * @return the count, if sent
   */
  public abstract Optional<Integer> entryCount();

  /**
   * Returns when the last entry was added.
   *
   * @return the time; empty when none was, or not sent
   */
  public abstract Optional<Instant> lastEntryAddedAt();

  /**
   * Returns when the list was created.
   *
   * @return the time, if sent
   */
  public abstract Optional<Instant> createdAt();

  /**
   * Returns when the list last changed.
   *
   * @return the time, if sent
   */
  public abstract Optional<Instant> updatedAt();
}
