package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.detail;
import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;
import static dev.onboardkit.testkit.didit.DiditJson.notFound;
import static dev.onboardkit.testkit.didit.DiditVerificationJson.fieldError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import dev.onboardkit.testkit.internal.UrlQuery;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code /lists/} and {@code /lists/{uuid}/entries/}: the lists and their entries, with Didit's validation of values
 * by entry type, and the face upload. Runs under the store's lock.
 */
final class DiditListRoutes {
  private static final int DEFAULT_LIMIT = 25;
  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[1-9]\\d{7,14}$");
  private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");
  private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
  private static final Set<String> ORDERINGS = Set.of("created_at", "entry_count", "last_entry_added_at");

  private final DiditVerificationStore store;

  DiditListRoutes(DiditVerificationStore store) {
    this.store = store;
  }

  FakeResponse route(FakeRequest r, List<String> s, String m) {
    DiditLists lists = store.lists;
    if (s.size() == 2 && s.get(1).isEmpty()) {
      if (m.equals("GET")) {
        return page(r);
      }
      return m.equals("POST") ? create(r) : notAllowed(m, "GET, POST");
    }
    StoredList list = s.size() >= 3 ? lists.list(s.get(1)) : null;
    if (list == null) {
      return notFound();
    }
    if (s.size() == 3 && s.get(2).isEmpty()) {
      switch (m) {
        case "GET":
          return FakeResponse.json(200, json(list));
        case "PATCH":
          return update(r, list);
        case "DELETE":
          if (list.system) {
            return detail(400, "System blocklists cannot be deleted.");
          }
          lists.delete(list);
          return FakeResponse.raw(204, "", Map.of());
        default:
          return notAllowed(m, "GET, PATCH, DELETE");
      }
    }
    if (s.size() == 4 && s.get(2).equals("entries") && s.get(3).isEmpty()) {
      if (m.equals("GET")) {
        return entries(r, list);
      }
      return m.equals("POST") ? createEntry(r, list) : notAllowed(m, "GET, POST");
    }
    if (s.size() == 5 && s.get(2).equals("entries") && s.get(3).equals("face-upload") && s.get(4).isEmpty()) {
      return m.equals("POST") ? uploadFace(r, list) : notAllowed(m, "POST");
    }
    if (s.size() == 5 && s.get(2).equals("entries") && s.get(4).isEmpty()) {
      StoredListEntry entry = list.entries.get(s.get(3));
      if (entry == null) {
        return notFound();
      }
      if (!m.equals("DELETE")) {
        return notAllowed(m, "DELETE");
      }
      list.entries.remove(entry.uuid);
      list.updatedAt = store.clock.instant();
      return FakeResponse.raw(204, "", Map.of());
    }
    return notFound();
  }

  private FakeResponse page(FakeRequest r) {
    String listType = r.query("list_type");
    String entryType = r.query("entry_type");
    List<StoredList> matching = new ArrayList<>();
    for (StoredList l : store.lists.all()) {
      if ((listType == null || listType.equals(l.listType)) && (entryType == null || entryType.equals(l.entryType))) {
        matching.add(l);
      }
    }
    String ordering = r.query("ordering");
    if (ordering != null && ORDERINGS.contains(ordering.replaceFirst("^-", ""))) {
      Comparator<StoredList> by = ordering.endsWith("entry_count")
          ? Comparator.comparingInt(l -> l.entries.size())
          : ordering.endsWith("last_entry_added_at")
              ? Comparator.comparing(l -> l.lastEntryAddedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
              : Comparator.comparing(l -> l.createdAt);
      matching.sort(ordering.startsWith("-") ? by.reversed() : by);
    }
    List<ObjectNode> items = new ArrayList<>();
    matching.forEach(l -> items.add(json(l)));
    return paged(r, items, "/lists/", List.of("list_type", "entry_type", "ordering"));
  }

  private FakeResponse entries(FakeRequest r, StoredList list) {
    String search = r.query("search");
    String needle = search == null ? null : search.toLowerCase(Locale.ROOT);
    List<ObjectNode> items = new ArrayList<>();
    for (StoredListEntry e : list.entries.values()) {
      if (needle == null || e.value.toLowerCase(Locale.ROOT).contains(needle)
          || e.displayLabel.toLowerCase(Locale.ROOT).contains(needle)) {
        items.add(json(e));
      }
    }
    return paged(r, items, "/lists/" + list.uuid + "/entries/", List.of("search"));
  }

  /** A Django REST framework limit/offset page with absolute {@code next} and {@code previous} links. */
  private FakeResponse paged(FakeRequest r, List<ObjectNode> items, String path, List<String> filters) {
    int limit = DEFAULT_LIMIT;
    int offset = 0;
    try {
      if (r.query("limit") != null) {
        limit = Math.max(1, Math.min(100, Integer.parseInt(r.query("limit"))));
      }
      if (r.query("offset") != null) {
        offset = Math.max(0, Integer.parseInt(r.query("offset")));
      }
    } catch (NumberFormatException e) {
      return detail(400, "Invalid limit or offset.");
    }
    ArrayNode results = Json.array();
    for (int i = offset; i < Math.min(items.size(), offset + limit); i++) {
      results.add(items.get(i));
    }
    ObjectNode page = Json.object();
    page.put("count", items.size());
    page.put("next", offset + limit < items.size() ? link(r, path, filters, limit, offset + limit) : null);
    page.put("previous", offset > 0 ? link(r, path, filters, limit, Math.max(0, offset - limit)) : null);
    page.set("results", results);
    return FakeResponse.json(200, page);
  }

  private String link(FakeRequest r, String path, List<String> filters, int limit, int offset) {
    UrlQuery query = new UrlQuery();
    filters.forEach(name -> query.add(name, r.query(name)));
    query.add("limit", Integer.toString(limit)).add("offset", Integer.toString(offset));
    return store.baseUrl + path + "?" + query;
  }

  private FakeResponse create(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String name = DiditValidation.requiredString(p.body, "name", errors);
    String listType = DiditValidation.requiredString(p.body, "list_type", errors);
    String entryType = DiditValidation.requiredString(p.body, "entry_type", errors);
    if (listType != null && !listType.equals("allowlist") && !listType.equals("custom")) {
      errors.set("list_type", Json.array().add("\"" + listType + "\" is not a valid choice."));
    }
    if (entryType != null && !DiditLists.ENTRY_TYPES.contains(entryType)) {
      errors.set("entry_type", Json.array().add("\"" + entryType + "\" is not a valid choice."));
    }
    if (name != null && store.lists.nameTaken(name, null)) {
      errors.set("name", Json.array().add("A list with this name already exists."));
    }
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    String description = Json.text(p.body, "description");
    StoredList list = store.lists.create(name, description == null ? "" : description, listType, entryType, false);
    return FakeResponse.json(201, json(list));
  }

  private FakeResponse update(FakeRequest r, StoredList list) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    if (list.system) {
      return detail(400, "System blocklists cannot be modified.");
    }
    String name = Json.text(p.body, "name");
    if (p.body.has("name")) {
      if (name == null || name.isBlank()) {
        return fieldError("name", DiditValidation.NOT_BLANK);
      }
      if (store.lists.nameTaken(name, list)) {
        return fieldError("name", "A list with this name already exists.");
      }
      list.name = name.trim();
    }
    if (p.body.has("description")) {
      String description = Json.text(p.body, "description");
      list.description = description == null ? "" : description;
    }
    list.updatedAt = store.clock.instant();
    return FakeResponse.json(200, json(list));
  }

  private FakeResponse createEntry(FakeRequest r, StoredList list) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    String value = Json.text(p.body, "value");
    String sessionId = Json.text(p.body, "reference_session_id");
    if (value == null && sessionId == null) {
      return fieldError("value", "This field is required when reference_session_id is not provided.");
    }
    StoredVerificationSession session = null;
    if (sessionId != null) {
      session = store.session(sessionId);
      if (session == null) {
        return fieldError("reference_session_id", "Session not found.");
      }
      String fromSession = valueOf(session, list.entryType);
      if (fromSession == null) {
        return fieldError("reference_session_id", "The session has no " + list.entryType.replace('_', ' ')
            + " data.");
      }
      if (value != null && !fromSession.equalsIgnoreCase(value.trim())) {
        return fieldError("value", "The value does not match the session's data.");
      }
      value = fromSession;
    }
    String normalised = normalise(list.entryType, value);
    if (normalised == null) {
      return fieldError("value", invalid(list.entryType));
    }
    for (StoredListEntry e : list.entries.values()) {
      if (e.value.equalsIgnoreCase(normalised)) {
        return fieldError("value", "This value is already in the list.");
      }
    }
    JsonNode metadata = p.body.get("metadata");
    ObjectNode meta = metadata != null && metadata.isObject() ? (ObjectNode) metadata.deepCopy() : Json.object();
    String objectUuid = Json.text(p.body, "reference_object_uuid");
    StoredListEntry e = store.lists.addEntry(list, normalised, text(p.body, "display_label"), text(p.body, "comment"),
        session == null ? null : session.sessionId, session == null ? null : session.sessionNumber,
        objectUuid != null ? objectUuid : session != null ? store.lists.newId() : null, meta, null);
    return FakeResponse.json(201, json(e));
  }

  private FakeResponse uploadFace(FakeRequest r, StoredList list) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    if (!list.entryType.equals("face")) {
      return detail(400, "Face upload is only available for lists with entry_type face.");
    }
    String image = Json.text(p.body, "image");
    if (image == null || image.isBlank()) {
      return fieldError("image", DiditValidation.REQUIRED);
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(image);
    } catch (IllegalArgumentException e) {
      return fieldError("image", "Invalid base64 image.");
    }
    if (!DiditImages.isJpegPngOrWebp(bytes)) {
      return fieldError("image", "Upload a valid image. The file you uploaded was either not an image or a corrupted"
          + " image.");
    }
    String faceId = store.lists.newId();
    ObjectNode meta = Json.object();
    meta.put("reference_image_url", "https://media.didit.me/faces/" + faceId + ".jpg");
    StoredListEntry e = store.lists.addEntry(list, faceId, text(p.body, "display_label"), text(p.body, "comment"),
        null, null, faceId, meta, DiditImages.sha256(bytes));
    return FakeResponse.json(201, json(e));
  }

  /** The value a session holds for an entry type, or null when it has none. */
  private static @Nullable String valueOf(StoredVerificationSession s, String entryType) {
    switch (entryType) {
      case "email":
        return firstText(s.contactDetails.get("email"), s.checks.path("email_verifications").path(0).get("email"));
      case "phone":
        return firstText(s.contactDetails.get("phone"),
            s.checks.path("phone_verifications").path(0).get("full_number"));
      case "document":
        return firstText(s.checks.path("id_verifications").path(0).get("document_number"));
      case "ip_address":
        return firstText(s.checks.path("ip_analyses").path(0).get("ip_address"));
      case "face":
        JsonNode liveness = s.checks.path("liveness_checks").path(0);
        return liveness.isMissingNode() ? null : "face-" + s.sessionId;
      default:
        return null;
    }
  }

  private static @Nullable String firstText(JsonNode... nodes) {
    for (JsonNode n : nodes) {
      if (n != null && n.isTextual() && !n.asText().isBlank()) {
        return n.asText();
      }
    }
    return null;
  }

  /** Validates and normalises a value as Didit does for the entry type; null when it is not valid. */
  static @Nullable String normalise(String entryType, String raw) {
    String v = raw.trim();
    if (v.isEmpty()) {
      return null;
    }
    switch (entryType) {
      case "email":
        return EMAIL.matcher(v).matches() ? v.toLowerCase(Locale.ROOT) : null;
      case "phone":
        String digits = v.replaceAll("[\\s()\\-.]", "");
        return PHONE.matcher(digits).matches() ? (digits.startsWith("+") ? digits : "+" + digits) : null;
      case "ip_address":
        return isIpOrCidr(v) ? v.toLowerCase(Locale.ROOT) : null;
      case "device_fingerprint":
        return v.chars().filter(Character::isLetterOrDigit).count() >= 8 ? v.toLowerCase(Locale.ROOT) : null;
      case "country":
        String upper = v.toUpperCase(Locale.ROOT);
        if (upper.length() == 2) {
          try {
            upper = new Locale("", upper).getISO3Country();
          } catch (java.util.MissingResourceException e) {
            return null;
          }
        }
        return ALPHA3.contains(upper) ? upper : null;
      default:
        return v.toLowerCase(Locale.ROOT);
    }
  }

  private static boolean isIpOrCidr(String v) {
    String address = v;
    int prefix = -1;
    int slash = v.indexOf('/');
    if (slash >= 0) {
      address = v.substring(0, slash);
      try {
        prefix = Integer.parseInt(v.substring(slash + 1));
      } catch (NumberFormatException e) {
        return false;
      }
    }
    java.util.regex.Matcher m = IPV4.matcher(address);
    if (m.matches()) {
      for (int i = 1; i <= 4; i++) {
        if (Integer.parseInt(m.group(i)) > 255) {
          return false;
        }
      }
      return prefix <= 32;
    }
    Predicate<String> hexOrColon = s -> s.chars().allMatch(c -> c == ':' || Character.digit(c, 16) >= 0);
    return address.contains(":") && hexOrColon.test(address) && prefix <= 128;
  }

  private static String invalid(String entryType) {
    switch (entryType) {
      case "email":
        return DiditValidation.BAD_EMAIL;
      case "phone":
        return "Enter a valid phone number in international format.";
      case "ip_address":
        return "Enter a valid IPv4 or IPv6 address or CIDR range.";
      case "device_fingerprint":
        return "Ensure this value has at least 8 alphanumeric characters.";
      case "country":
        return "Enter a valid ISO 3166-1 country code.";
      default:
        return DiditValidation.NOT_BLANK;
    }
  }

  private static String text(JsonNode body, String field) {
    String v = Json.text(body, field);
    return v == null ? "" : v;
  }

  static ObjectNode json(StoredList l) {
    ObjectNode o = Json.object();
    o.put("uuid", l.uuid);
    o.put("name", l.name);
    o.put("description", l.description);
    o.put("list_type", l.listType);
    o.put("entry_type", l.entryType);
    o.put("is_system", l.system);
    o.put("entry_count", l.entries.size());
    o.put("last_entry_added_at", l.lastEntryAddedAt == null ? null : Json.isoSeconds(l.lastEntryAddedAt));
    o.put("created_at", Json.isoSeconds(l.createdAt));
    o.put("updated_at", Json.isoSeconds(l.updatedAt));
    return o;
  }

  static ObjectNode json(StoredListEntry e) {
    ObjectNode o = Json.object();
    o.put("uuid", e.uuid);
    o.put("value", e.value);
    o.put("display_label", e.displayLabel);
    o.put("comment", e.comment);
    o.put("added_by", e.addedBy);
    o.put("reference_session_id", e.referenceSessionId);
    o.put("reference_session_number", e.referenceSessionNumber);
    o.put("reference_object_uuid", e.referenceObjectUuid);
    o.set("metadata", e.metadata.deepCopy());
    o.put("created_at", Json.isoSeconds(e.createdAt));
    return o;
  }
}
