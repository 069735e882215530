package dev.onboardkit.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed webhook request as the vendor would send it: the raw body plus the headers to send with it. A test can post
 * it to its own endpoint or hand {@link #body()} and {@link #headers()} straight to a signature verifier.
 *
 * <p>Immutable. {@link #toString()} leaves out the signature.
 */
public final class WebhookDelivery {
  private final String eventId;
  private final String type;
  private final String body;
  private final Map<String, String> headers;

  /**
   * Creates a delivery.
   *
   * @param eventId the event id from the envelope
   * @param type the event type
   * @param body the raw JSON body (the exact bytes that were signed, as UTF-8)
   * @param headers the headers to send, such as the signature and timestamp headers
   */
  public WebhookDelivery(String eventId, String type, String body, Map<String, String> headers) {
    this.eventId = Objects.requireNonNull(eventId, "eventId");
    this.type = Objects.requireNonNull(type, "type");
    this.body = Objects.requireNonNull(body, "body");
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
  }

  /**
   * Returns the event id (for deduplication).
   *
   * @return the id
   */
  public String eventId() {
    return eventId;
  }

  /**
   * Returns the event type, such as {@code application.submitted}.
   *
   * @return the type
   */
  public String type() {
    return type;
  }

  /**
   * Returns the raw body.
   *
   * @return the JSON text that was signed
   */
  public String body() {
    return body;
  }

  /**
   * Returns the raw body as UTF-8 bytes.
   *
   * @return a fresh copy of the bytes
   */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the headers to send, including {@code Content-Type}.
   *
   * @return the headers, in a stable order
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns one header, ignoring case.
   *
   * @param name the header name
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "WebhookDelivery[" + type + " " + eventId + "]";
  }
}
