package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import dev.onboardkit.testkit.internal.MultipartForm;
import java.util.List;

/**
 * {@code GET|PATCH /customization/}: the branding, changed by a JSON body (colors in {@code #RRGGBB} or
 * {@code #RRGGBBAA}, radii, font, options, {@code delete_*} flags) or by a multipart form of logos (PNG, JPEG or
 * WebP; at most 1 MB for the logos and 500 KB for the favicon), whose text fields are read like the JSON members.
 * A PATCH with a problem changes nothing. Runs under the store's lock.
 */
final class DiditCustomizationRoutes {
  private static final List<String> LOGO_TYPES = List.of("png", "jpg", "jpeg", "webp");

  private final DiditVerificationStore store;

  DiditCustomizationRoutes(DiditVerificationStore store) {
    this.store = store;
  }

  FakeResponse route(FakeRequest r, List<String> s, String m) {
    if (s.size() != 2 || !s.get(1).isEmpty()) {
      return DiditJson.notFound();
    }
    DiditBranding branding = store.branding;
    if (m.equals("GET")) {
      return FakeResponse.json(200, branding.values.deepCopy());
    }
    if (!m.equals("PATCH")) {
      return notAllowed(m, "GET, PATCH");
    }
    MultipartForm form = MultipartForm.parse(r.header("Content-Type"), r.bodyBytes());
    ObjectNode members;
    if (form != null) {
      members = Json.object();
      form.parts().stream().filter(p -> !p.isFile()).forEach(p -> members.put(p.name, p.text()));
    } else {
      DiditJson.Parsed p = DiditJson.parse(r);
      if (p.error != null) {
        return p.error;
      }
      members = (ObjectNode) p.body;
    }
    ObjectNode errors = Json.object();
    ObjectNode changes = Json.object();
    readMembers(members, errors, changes);
    if (form != null) {
      readLogos(form, errors, changes);
    }
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    branding.values.setAll(changes);
    return FakeResponse.json(200, branding.values.deepCopy());
  }

  private static void readMembers(ObjectNode body, ObjectNode errors, ObjectNode changes) {
    for (String color : DiditBranding.COLORS) {
      String v = Json.text(body, color);
      if (body.has(color)) {
        if (v == null || !DiditBranding.isHexColor(v)) {
          errors.set(color, Json.array().add("Enter a valid hex color, #RRGGBB or #RRGGBBAA."));
        } else {
          changes.put(color, v);
        }
      }
    }
    for (String field : DiditBranding.INTEGERS) {
      if (body.has(field)) {
        Integer v = integer(body.get(field));
        if (v == null || v < 0) {
          errors.set(field, Json.array().add("A valid integer is required."));
        } else {
          changes.put(field, v);
        }
      }
    }
    for (String field : DiditBranding.BOOLEANS) {
      if (body.has(field)) {
        Boolean v = bool(body.get(field));
        if (v == null) {
          errors.set(field, Json.array().add("Must be a valid boolean."));
        } else {
          changes.put(field, v);
        }
      }
    }
    for (String field : DiditBranding.TEXTS) {
      if (body.has(field)) {
        changes.set(field, body.get(field));
      }
    }
    String family = Json.text(body, "font_family");
    if (family != null) {
      changes.put("font_url", DiditBranding.fontUrl(family));
    }
    for (List<Object> logo : DiditBranding.LOGOS) {
      String flag = (String) logo.get(2);
      if (body.has(flag) && Boolean.TRUE.equals(bool(body.get(flag)))) {
        changes.putNull((String) logo.get(1));
      }
    }
  }

  private void readLogos(MultipartForm form, ObjectNode errors, ObjectNode changes) {
    for (List<Object> logo : DiditBranding.LOGOS) {
      String part = (String) logo.get(0);
      MultipartForm.Part file = form.part(part);
      if (file == null) {
        continue;
      }
      long max = (Long) logo.get(3);
      if (!file.isFile()) {
        errors.set(part, Json.array().add("The submitted data was not a file. Check the encoding type on the form."));
      } else if (file.bytes.length == 0) {
        errors.set(part, Json.array().add("The submitted file is empty."));
      } else if (!LOGO_TYPES.contains(file.extension())) {
        errors.set(part, Json.array().add("File extension \u201c" + file.extension()
            + "\u201d is not allowed. Allowed extensions are: png, jpg, jpeg, webp."));
      } else if (file.bytes.length > max) {
        errors.set(part, Json.array().add("Image size exceeds the maximum of "
            + (max >= 1024 * 1024 ? (max / (1024 * 1024)) + " MB." : (max / 1024) + " KB.")));
      } else {
        changes.put((String) logo.get(1), "https://cdn.didit.me/white_label/" + logo.get(1) + "/"
            + store.lists.newId() + "." + file.extension());
      }
    }
  }

  private static @Nullable Integer integer(JsonNode v) {
    if (v.isInt()) {
      return v.asInt();
    }
    if (v.isTextual()) {
      try {
        return Integer.parseInt(v.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static @Nullable Boolean bool(JsonNode v) {
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isTextual()) {
      String t = v.asText().trim().toLowerCase(java.util.Locale.ROOT);
      if (t.equals("true") || t.equals("1")) {
        return true;
      }
      if (t.equals("false") || t.equals("0")) {
        return false;
      }
    }
    return null;
  }
}
