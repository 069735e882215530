package dev.onboardkit.didit.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.didit.sessions.DiditImportTemplate;
import dev.onboardkit.didit.sessions.DiditSessionPdf;
import dev.onboardkit.didit.system.DiditHealth;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;

/** Decoders for the Verification API's answers that are not one JSON type. Internal. */
final class VerificationDecoders {
  private static final ObjectReader OBJECT = SdkJson.mapper().readerFor(new TypeReference<Map<String, Object>>() {});

  /** A JSON object as plain values; an empty body (204) is an empty map. */
  static final ResponseDecoder<Map<String, Object>> OBJECT_OR_EMPTY = response -> {
    if (isEmpty(response)) {
      return Map.of();
    }
    JsonNode root = DiditDecoders.readTree(response);
    if (!root.isObject()) {
      throw DiditDecoders.failure(response, "expected a JSON object");
    }
    Map<String, Object> value = OBJECT.readValue(root);
    return Collections.unmodifiableMap(value);
  };

  /**
   * A PDF (or whatever file the server sent) with its content type. An empty body, or a JSON one (an envelope, not a
   * report), is a failure.
   */
  static final ResponseDecoder<DiditSessionPdf> PDF = response -> {
    if (response.body().length == 0) {
      throw DiditDecoders.failure(response, "the report is empty");
    }
    String type = response.contentType().orElse("application/octet-stream");
    int semicolon = type.indexOf(';');
    String mediaType = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    if (mediaType.equalsIgnoreCase("application/json") || mediaType.toLowerCase(java.util.Locale.ROOT).endsWith("+json")) {
      throw DiditDecoders.failure(response, "expected a PDF report, got " + mediaType);
    }
    return DiditSessionPdf.of(response.body(), mediaType);
  };

  /** Any body: its text, and its members when it is a JSON object. */
  static final ResponseDecoder<DiditHealth> HEALTH = response -> {
    String text = new String(response.body(), StandardCharsets.UTF_8);
    Map<String, Object> members = Map.of();
    if (!text.isBlank()) {
      try {
        JsonNode root = SdkJson.mapper().readTree(text);
        if (root != null && root.isObject()) {
          members = OBJECT.readValue(root);
        }
      } catch (java.io.IOException e) {
        // A text body ("OK") is a healthy answer too.
      }
    }
    return DiditHealth.of(text, members);
  };

  /**
   * The import template: its text and media type, and its members when it is a JSON object. A body labelled JSON that
   * does not parse is kept as text (a CSV file served with the wrong type); an empty body, or a JSON value that is
   * neither an object nor an array, is a failure.
   */
  static final ResponseDecoder<DiditImportTemplate> TEMPLATE = response -> {
    String text = new String(response.body(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw DiditDecoders.failure(response, "the template is empty");
    }
    String type = response.contentType().orElse("application/octet-stream");
    int semicolon = type.indexOf(';');
    String mediaType = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    Map<String, Object> members = Map.of();
    String lower = mediaType.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("application/json") || lower.endsWith("+json")) {
      JsonNode root;
      try {
        root = DiditDecoders.readTree(response);
      } catch (java.io.IOException e) {
        return DiditImportTemplate.of(mediaType, text, members);   // a file labelled JSON: kept as text
      }
      if (!root.isObject() && !root.isArray()) {
        throw DiditDecoders.failure(response, "expected a JSON object or array");
      }
      if (root.isObject()) {
        members = OBJECT.readValue(root);
      }
    }
    return DiditImportTemplate.of(mediaType, text, members);
  };

  private VerificationDecoders() {}

  /**
   * Returns a decoder that answers {@code empty} for a 204 or an empty body, and decodes JSON otherwise.
   *
   * @param type the JSON type
   * @param empty the value of an empty answer
   * @param <T> the type
   * @return the decoder
   */
  static <T> ResponseDecoder<T> jsonOrEmpty(Class<T> type, T empty) {
    ResponseDecoder<T> json = ResponseDecoder.json(type);
    return response -> isEmpty(response) ? empty : json.decode(response);
  }

  private static boolean isEmpty(HttpResponse response) {
    return response.statusCode() == 204 || response.bodyAsString().isBlank();
  }
}
