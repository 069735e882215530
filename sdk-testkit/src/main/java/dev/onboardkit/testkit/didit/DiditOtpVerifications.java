package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.Ids;
import dev.onboardkit.testkit.internal.Json;
import dev.onboardkit.testkit.internal.SecretLedger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Email and phone verifications with one-time codes, as Didit documents them: keyed by the application and the
 * address or number; a code lives 5 minutes from the first send; a send while one is pending re-sends it
 * ({@code Retry}, same {@code request_id}) once, and a further send starts a new verification; at most
 * {@value DiditScreeningTestData#SENDS_PER_HOUR} sends an hour ({@code Blocked} after); 3 wrong codes end the
 * verification. Used under the store's lock.
 */
final class DiditOtpVerifications {
  static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
  static final int MAX_ATTEMPTS = 3;

  /** A pending or finished verification of one address or number. */
  static final class Pending {
    final String requestId;
    final String kind;
    final String recipient;
    final String code;
    final Instant firstSent;
    final String channel;
    final @Nullable String vendorData;
    final JsonNode metadata;
    final ArrayNode lifecycle = Json.array();
    int sends = 1;
    int attempts;

    Pending(String requestId, String kind, String recipient, String code, Instant firstSent, String channel,
        @Nullable String vendorData, JsonNode metadata) {
      this.requestId = requestId;
      this.kind = kind;
      this.recipient = recipient;
      this.code = code;
      this.firstSent = firstSent;
      this.channel = channel;
      this.vendorData = vendorData;
      this.metadata = metadata;
    }
  }

  final DiditOtpOutbox outbox = new DiditOtpOutbox();
  private final Ids ids = new Ids();
  private final SecretLedger secrets;
  private final Map<String, Pending> pending = new HashMap<>();
  private final Map<String, List<Instant>> sendTimes = new HashMap<>();
  private final Map<String, String> verifiedBy = new HashMap<>();

  DiditOtpVerifications(SecretLedger secrets) {
    this.secrets = secrets;
  }

  private static String key(String kind, String recipient) {
    return kind + ":" + recipient.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether another send is allowed in the hour before {@code now}; records the attempt when it is.
   */
  boolean allowSend(String kind, String recipient, Instant now) {
    List<Instant> times = sendTimes.computeIfAbsent(key(kind, recipient), k -> new ArrayList<>());
    times.removeIf(t -> t.isBefore(now.minus(Duration.ofHours(1))));
    if (times.size() >= DiditScreeningTestData.SENDS_PER_HOUR) {
      return false;
    }
    times.add(now);
    return true;
  }

  /** The live verification of a recipient, or null when none is pending (expired ones are dropped). */
  @Nullable Pending live(String kind, String recipient, Instant now) {
    Pending p = pending.get(key(kind, recipient));
    if (p != null && !now.isBefore(p.firstSent.plus(CODE_LIFETIME))) {
      pending.remove(key(kind, recipient));
      return null;
    }
    return p;
  }

  /**
   * Sends a code: a {@code Retry} of the pending verification if it was sent once, else a new verification.
   *
   * @return the verification and whether this send was a retry
   */
  Pending send(String kind, String recipient, String channel, int codeSize, boolean alphanumeric,
      @Nullable String vendorData, JsonNode metadata, Instant now, BigDecimal fee) {
    Pending p = live(kind, recipient, now);
    if (p != null && p.sends < 2) {
      p.sends++;
    } else {
      String code = alphanumeric ? ids.upperAlnum(codeSize) : digits(codeSize);
      p = new Pending(ids.uuid(), kind, recipient, code, now, channel, vendorData, metadata);
      pending.put(key(kind, recipient), p);
      secrets.add(code);
    }
    outbox.add(new DiditOtpMessage(channel, recipient, p.code, now));
    p.lifecycle.add(event(kind.equals("email") ? "EMAIL_VERIFICATION_MESSAGE_SENT" : "PHONE_VERIFICATION_MESSAGE_SENT",
        now, Json.object().put("status", p.sends > 1 ? "Retry" : "Success").putNull("reason").put("channel", channel)
            .put("actual_channel", channel), fee));
    return p;
  }

  private String digits(int size) {
    StringBuilder sb = new StringBuilder(size);
    for (byte b : ids.bytes(size)) {
      sb.append((char) ('0' + Math.floorMod(b, 10)));
    }
    return sb.toString();
  }

  /** Records a wrong code; returns true when the verification is used up (and dropped). */
  boolean wrongCode(Pending p, String tried, Instant now) {
    p.attempts++;
    p.lifecycle.add(event("INVALID_CODE_ENTERED", now, Json.object().put("code_tried", tried)
        .put("status", "Failed"), BigDecimal.ZERO));
    if (p.attempts >= MAX_ATTEMPTS) {
      pending.remove(key(p.kind, p.recipient));
      return true;
    }
    return false;
  }

  /** Records the right code and the verdict; the verification is finished. */
  void rightCode(Pending p, String status, Instant now) {
    p.attempts++;
    p.lifecycle.add(event("VALID_CODE_ENTERED", now, Json.object().put("code_tried", p.code).put("status", status),
        BigDecimal.ZERO));
    String upper = p.kind.toUpperCase(Locale.ROOT);
    p.lifecycle.add(event(upper + "_VERIFICATION_" + (status.equals("Approved") ? "APPROVED" : "DECLINED"), now, null,
        BigDecimal.ZERO));
    pending.remove(key(p.kind, p.recipient));
    if (status.equals("Approved")) {
      verifiedBy.putIfAbsent(key(p.kind, p.recipient), p.vendorData == null ? "" : p.vendorData);
    }
  }

  /** Whether another user (another {@code vendor_data}) already verified this recipient. */
  boolean verifiedByAnother(Pending p) {
    String by = verifiedBy.get(key(p.kind, p.recipient));
    return by != null && !by.equals(p.vendorData == null ? "" : p.vendorData);
  }

  private static ObjectNode event(String type, Instant at, @Nullable ObjectNode details, BigDecimal fee) {
    ObjectNode e = Json.object();
    e.put("type", type);
    e.put("timestamp", Json.isoMillis(at));
    if (details == null) {
      e.putNull("details");
    } else {
      e.set("details", details);
    }
    e.put("fee", fee);
    return e;
  }
}
