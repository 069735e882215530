package dev.onboardkit.didit.internal.webhook;

import dev.onboardkit.core.Nullable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects chosen members of the top-level object while the body is canonicalized, with Python's semantics (the last
 * of duplicate keys wins).
 */
final class TopLevelFields {
  /** The JSON type of a captured member. */
  enum Kind { STRING, INTEGER, NULL, OTHER }

  private final List<String> names;
  private final Map<String, Kind> kinds = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();
  private boolean topLevelObject;

  TopLevelFields(List<String> names) {
    this.names = names;
  }

  boolean wants(String name) {
    return names.contains(name);
  }

  void markTopLevelObject() {
    topLevelObject = true;
  }

  /** Records a member: for a string its decoded value, for an integer its canonical text, else null. */
  void put(String name, Kind kind, @Nullable String text) {
    kinds.put(name, kind);
    if (text == null) {
      texts.remove(name);
    } else {
      texts.put(name, text);
    }
  }

  boolean isTopLevelObject() {
    return topLevelObject;
  }

  /** The member's kind, or null if the object has no such member. */
  @Nullable Kind kind(String name) {
    return kinds.get(name);
  }

  @Nullable String text(String name) {
    return texts.get(name);
  }
}
