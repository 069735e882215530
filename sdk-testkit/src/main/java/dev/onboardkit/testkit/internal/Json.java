package dev.onboardkit.testkit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.SdkDefaults;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** JSON helpers for the fakes (Jackson trees; insertion order and explicit nulls are kept). Not API. */
public final class Json {
  /**
   * The fakes' mapper. It parses request bodies as strictly as the SDK parses responses (nesting bounded by
   * {@link SdkDefaults.Limits#MAX_JSON_NESTING_DEPTH}, trailing tokens rejected) and writes the values tests hand
   * the fakes (fields, people, webhook data) as the SDK writes request bodies: {@code java.time} values as ISO-8601
   * text, {@code Optional}s unwrapped, snake_case property names, explicit nulls in maps kept.
   */
  public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(SdkDefaults.Limits.MAX_JSON_NESTING_DEPTH)
              .maxStringLength(SdkDefaults.Limits.MAX_RESPONSE_BYTES)
              .maxNumberLength(1000)
              .build())
          .build())
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .defaultPropertyInclusion(
          JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
      .build();

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Json() {}

  /**
   * Creates an empty object.
   *
   * @return a new object node
   */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * Creates an empty array.
   *
   * @return a new array node
   */
  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /**
   * Creates an array of strings.
   *
   * @param values the strings
   * @return a new array node
   */
  public static ArrayNode strings(List<String> values) {
    ArrayNode a = array();
    values.forEach(a::add);
    return a;
  }

  /**
   * Parses a body.
   *
   * @param text the JSON text
   * @return the tree, or null if the text is not valid JSON
   */
  public static @Nullable JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /**
   * Converts a Java value (maps, lists, strings, numbers, booleans, null) into a tree.
   *
   * @param value the value
   * @return the tree
   */
  public static JsonNode valueToTree(@Nullable Object value) {
    return MAPPER.valueToTree(value);
  }

  /**
   * Converts a tree into plain Java values.
   *
   * @param node an object node
   * @return a map of plain values
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> toMap(JsonNode node) {
    return MAPPER.convertValue(node, Map.class);
  }

  /**
   * Serialises a tree compactly.
   *
   * @param node the tree
   * @return the JSON text
   */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise JSON", e);
    }
  }

  /**
   * Formats an instant as ISO-8601 UTC with milliseconds, such as {@code 2026-03-05T14:30:00.000Z} (Klara style).
   *
   * @param instant the instant
   * @return the text
   */
  public static String isoMillis(Instant instant) {
    return MILLIS.format(instant);
  }

  /**
   * Formats an instant as ISO-8601 UTC in whole seconds, such as {@code 2025-06-01T10:00:00Z} (Didit style).
   *
   * @param instant the instant
   * @return the text
   */
  public static String isoSeconds(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Returns a text member if it is a non-blank string.
   *
   * @param node the object (may be null)
   * @param field the member name
   * @return the string, or null when absent, not a string or blank
   */
  public static @Nullable String text(@Nullable JsonNode node, String field) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      return null;
    }
    return v.asText();
  }
}
