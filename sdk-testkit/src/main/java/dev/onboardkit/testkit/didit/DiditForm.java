package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import dev.onboardkit.testkit.internal.MultipartForm;
import java.util.List;
import java.util.Locale;

/**
 * A multipart form read the way Django REST framework validates one: each problem is collected under its field with
 * DRF's wording, and answered together as one 400.
 */
final class DiditForm {
  private static final List<String> TRUE = List.of("true", "1", "yes", "on");
  private static final List<String> FALSE = List.of("false", "0", "no", "off");

  private final @Nullable MultipartForm form;
  private final ObjectNode errors = Json.object();

  /** Reads a parsed form; null (a body that is not multipart) reads as an empty form. */
  DiditForm(@Nullable MultipartForm form) {
    this.form = form;
  }

  /** A file part: checked for presence, emptiness, size and extension; null when absent or invalid. */
  @Nullable MultipartForm.Part file(String name, boolean required, long maxBytes, List<String> extensions) {
    MultipartForm.Part part = form == null ? null : form.part(name);
    if (part == null) {
      if (required) {
        error(name, "No file was submitted.");
      }
      return null;
    }
    if (!part.isFile()) {
      error(name, "The submitted data was not a file. Check the encoding type on the form.");
    } else if (part.bytes.length == 0) {
      error(name, "The submitted file is empty.");
    } else if (!extensions.contains(part.extension())) {
      error(name, "File extension \u201c" + part.extension() + "\u201d is not allowed. Allowed extensions are: "
          + String.join(", ", extensions) + ".");
    } else if (part.bytes.length > maxBytes) {
      error(name, "File size exceeds the maximum of " + (maxBytes / (1024 * 1024)) + " MB.");
    } else {
      return part;
    }
    return null;
  }

  /** A text field's value, or null when absent. */
  @Nullable String text(String name) {
    return form == null ? null : form.text(name);
  }

  /** Checks a boolean field. */
  @Nullable Boolean bool(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    String lower = v.trim().toLowerCase(Locale.ROOT);
    if (TRUE.contains(lower)) {
      return true;
    }
    if (FALSE.contains(lower)) {
      return false;
    }
    error(name, "Must be a valid boolean.");
    return null;
  }

  /** Whether the call is saved as a session ({@code save_api_request}, true unless sent as false). */
  boolean saves() {
    Boolean save = bool("save_api_request");
    return save == null || save;
  }

  /** Checks a number field within bounds; integers only when asked. */
  @Nullable Double number(String name, double min, double max, boolean integer) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    double d;
    try {
      d = integer ? Integer.parseInt(v.trim()) : Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      error(name, integer ? "A valid integer is required." : "A valid number is required.");
      return null;
    }
    if (d < min) {
      error(name, "Ensure this value is greater than or equal to " + format(min) + ".");
      return null;
    }
    if (d > max) {
      error(name, "Ensure this value is less than or equal to " + format(max) + ".");
      return null;
    }
    return d;
  }

  /** Checks a field that takes one of a few values. */
  void choice(String name, List<String> allowed) {
    String v = text(name);
    if (v != null && !allowed.contains(v)) {
      error(name, "\"" + v + "\" is not a valid choice.");
    }
  }

  boolean hasErrors() {
    return errors.size() > 0;
  }

  /** The 400 with every problem found. */
  FakeResponse errors() {
    return FakeResponse.json(400, errors);
  }

  private void error(String name, String message) {
    errors.set(name, Json.array().add(message));
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
