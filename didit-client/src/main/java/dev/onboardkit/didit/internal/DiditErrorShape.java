package dev.onboardkit.didit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.core.internal.error.ErrorBodyParts;
import dev.onboardkit.core.internal.error.ErrorShape;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Didit's error bodies, which are Django REST framework's:
 *
 * <ul>
 *   <li>{@code {"detail": "..."}}, with an optional scalar {@code code} (such as {@code token_not_valid}); a
 *       {@code detail} that is a list or map holds the messages instead. A {@code message} or {@code error} string
 *       is the summary when there is no {@code detail};
 *   <li>a field map {@code {"field": ["msg", ...]}}, possibly nested ({@code {"features": [["msg"]]}},
 *       {@code {"items": [{}, {"name": ["msg"]}]}}), when the body has no {@code detail}, {@code message} or
 *       {@code error}; scalar metadata beside it ({@code code}, {@code allowed}, {@code status}, ...) is not a field;
 *   <li>{@code non_field_errors}: messages tied to no field;
 *   <li>the wait: a numeric {@code wait} member (seconds), or the seconds in a throttling {@code detail}
 *       ({@code "Request was throttled. Expected available in 59 seconds."}).
 * </ul>
 *
 * <p>The wait order for a Didit 429 is: the body's {@code wait}, then the throttling {@code detail}'s seconds, then
 * {@code Retry-After-Ms}, then {@code Retry-After} ({@link #bodyWaitFirst()}). The API reference names the body's
 * {@code wait} as the rate-limit signal ("Rate-limit responses include a {@code wait} field with the cooldown in
 * seconds"), so it wins over a header a proxy or load balancer in front of Didit may have added. The throttling
 * {@code detail} and {@code Retry-After} come from the same Django REST framework throttle and carry the same number.
 */
final class DiditErrorShape implements ErrorShape {
  static final DiditErrorShape INSTANCE = new DiditErrorShape();

  private static final String NON_FIELD_ERRORS = "non_field_errors";
  /** Members read on their own, never as field errors. */
  private static final Set<String> ENVELOPE_KEYS = Set.of("wait", NON_FIELD_ERRORS);
  /** Members that are envelope metadata when they hold a scalar, but field errors when they hold a list or map. */
  private static final Set<String> SCALAR_METADATA_KEYS = Set.of(
      "code", "allowed", "status", "status_code", "request_id", "type", "title");
  private static final Pattern THROTTLE_SECONDS =
      Pattern.compile("available in (\\d{1,9}(?:\\.\\d+)?) second", Pattern.CASE_INSENSITIVE);

  private DiditErrorShape() {}

  @Override
  public void read(JsonNode object, ErrorBodyParts parts) {
    parts.nonFieldMember(NON_FIELD_ERRORS);
    JsonNode detailNode = object.get("detail");
    String detail = ErrorBodyParts.text(detailNode);
    String summary = detail != null ? detail : ErrorBodyParts.text(object.get("message"));
    JsonNode codeNode = object.get("code");
    parts.summary(summary != null ? summary : ErrorBodyParts.text(object.get("error")))
        .code(codeNode != null && codeNode.isValueNode() ? ErrorBodyParts.text(codeNode) : null);

    if (detailNode != null && !detailNode.isValueNode()) {
      parts.flatten("", detailNode);
    }
    parts.flatten("", object.get(NON_FIELD_ERRORS));
    boolean fieldMap = detailNode == null && !object.has("message") && !object.has("error");
    if (fieldMap) {
      Iterator<Map.Entry<String, JsonNode>> members = object.properties().iterator();
      while (members.hasNext()) {
        Map.Entry<String, JsonNode> e = members.next();
        boolean metadata = SCALAR_METADATA_KEYS.contains(e.getKey()) && e.getValue().isValueNode();
        if (!ENVELOPE_KEYS.contains(e.getKey()) && !metadata) {
          parts.flatten(e.getKey(), e.getValue());
        }
      }
    }
    parts.retryAfter(waitOf(object.get("wait"), detail));
  }

  private static Duration waitOf(JsonNode wait, String detail) {
    Duration seconds = ErrorBodyParts.seconds(wait);
    if (seconds == null && detail != null) {
      Matcher m = THROTTLE_SECONDS.matcher(detail);
      if (m.find()) {
        seconds = ErrorBodyParts.seconds(new BigDecimal(m.group(1)));
      }
    }
    return seconds;
  }

  /** Didit's body {@code wait} is the vendor's own signal: it outranks the {@code Retry-After} headers. */
  @Override
  public boolean bodyWaitFirst() {
    return true;
  }

  @Override
  public String toString() {
    return "DiditErrorShape";
  }
}
