package dev.onboardkit.core.json;

import dev.onboardkit.core.Nullable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An enum that stays open to values added by the API after this SDK was released.
 *
 * <p>Every such enum has an {@code UNKNOWN} constant. Response types keep the raw string next to the typed value
 * (for example {@code status()} and {@code statusRaw()}), so no information is lost when the server sends a value the
 * SDK does not know yet.
 */
public interface OpenEnum {
  /**
   * Returns the value as sent on the wire, such as {@code "in_progress"}.
   *
   * @return the wire value; for {@code UNKNOWN}, an empty string
   */
  String wireValue();

  /**
   * Looks up the constant for a wire value, ignoring case.
   *
   * @param type the enum class
   * @param wire the wire value, or null
   * @param unknown the constant returned when nothing matches
   * @param <E> the enum type
   * @return the matching constant, or {@code unknown}
   */
  static <E extends Enum<E> & OpenEnum> E fromWire(Class<E> type, @Nullable String wire, E unknown) {
    if (wire == null) {
      return unknown;
    }
    @SuppressWarnings("unchecked")
    E found = (E) Lookup.TABLES.get(type).get(wire.toLowerCase(Locale.ROOT));
    return found != null ? found : unknown;
  }

  /** Per-enum lookup tables, built once. */
  final class Lookup {
    static final ClassValue<Map<String, Object>> TABLES = new ClassValue<>() {
      @Override
      protected Map<String, Object> computeValue(Class<?> type) {
        Map<String, Object> table = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
          String wire = ((OpenEnum) constant).wireValue();
          if (!wire.isEmpty()) {
            table.put(wire.toLowerCase(Locale.ROOT), constant);
          }
        }
        return Map.copyOf(table);
      }
    };

    private Lookup() {}
  }
}
