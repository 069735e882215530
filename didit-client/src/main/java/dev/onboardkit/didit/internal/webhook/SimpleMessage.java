package dev.onboardkit.didit.internal.webhook;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.didit.internal.webhook.CanonicalJsonException.Reason;
import java.util.Arrays;
import java.util.List;

/**
 * The message that {@code X-Signature-Simple} signs: {@code "{timestamp}:{session_id}:{status}:{webhook_type}"}, each
 * taken from the top-level field of the body ({@code timestamp} is the body's field, not the {@code X-Timestamp}
 * header). An absent or null field becomes {@code ""}, a string is used as is and an integer is written in decimal.
 * Any other type leaves the message undefined. It does not cover {@code decision} or any other field.
 */
final class SimpleMessage {
  static final List<String> FIELDS = Arrays.asList("timestamp", "session_id", "status", "webhook_type");

  private SimpleMessage() {}

  static String of(@Nullable String timestamp, @Nullable String sessionId, @Nullable String status,
      @Nullable String webhookType) {
    return orEmpty(timestamp) + ':' + orEmpty(sessionId) + ':' + orEmpty(status) + ':' + orEmpty(webhookType);
  }

  static String fromBody(byte @Nullable [] body, int maxBodyBytes) throws CanonicalJsonException {
    TopLevelFields fields = new TopLevelFields(FIELDS);
    CanonicalJson.write(body, maxBodyBytes, fields);
    if (!fields.isTopLevelObject()) {
      throw new CanonicalJsonException(Reason.NO_SIMPLE_MESSAGE,
          "The webhook body is not a JSON object, so it has no simple signature message");
    }
    String[] parts = new String[FIELDS.size()];
    for (int i = 0; i < parts.length; i++) {
      String name = FIELDS.get(i);
      TopLevelFields.Kind kind = fields.kind(name);
      if (kind == TopLevelFields.Kind.OTHER) {
        throw new CanonicalJsonException(Reason.NO_SIMPLE_MESSAGE, "The webhook body's " + name
            + " is neither a string, an integer nor null, so it has no simple signature message");
      }
      parts[i] = fields.text(name);
    }
    return of(parts[0], parts[1], parts[2], parts[3]);
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
