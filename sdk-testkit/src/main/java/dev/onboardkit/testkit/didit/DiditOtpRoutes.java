package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code /email/send/}, {@code /email/check/}, {@code /phone/send/} and {@code /phone/check/} of the Verification API
 * fake, called under the store's lock. Codes land in the fake's {@link DiditOtpOutbox}.
 */
final class DiditOtpRoutes {
  private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final List<String> ACTIONS = List.of("DECLINE", "NO_ACTION");

  private final DiditVerificationStore store;
  private final DiditOtpVerifications otp;
  private final DiditLedger ledger;

  DiditOtpRoutes(DiditVerificationStore store) {
    this.store = store;
    this.otp = store.standalone.otp;
    this.ledger = store.standalone.ledger;
  }

  /** Routes the four paths; null when the path is not one of them. */
  @Nullable FakeResponse route(FakeRequest r, List<String> s, String m) {
    String kind = s.get(0);
    if (!(kind.equals("email") || kind.equals("phone")) || s.size() != 3 || !s.get(2).isEmpty()
        || !(s.get(1).equals("send") || s.get(1).equals("check"))) {
      return null;
    }
    if (!m.equals("POST")) {
      return notAllowed(m, "POST");
    }
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String recipient = kind.equals("email") ? DiditValidation.requiredEmail(p.body, "email", errors)
        : phone(p.body, errors);
    return s.get(1).equals("send") ? send(kind, recipient, p.body, errors) : check(kind, recipient, p.body, errors);
  }

  private static @Nullable String phone(JsonNode body, ObjectNode errors) {
    String number = DiditValidation.requiredString(body, "phone_number", errors);
    if (number != null && (number.length() > 20 || !PHONE.matcher(number).matches())) {
      errors.set("phone_number", Json.array().add("Enter a valid phone number in E.164 format."));
      return null;
    }
    return number;
  }

  private FakeResponse send(String kind, @Nullable String recipient, JsonNode body, ObjectNode errors) {
    JsonNode options = body.path("options");
    int size = options.path("code_size").asInt(6);
    if (options.has("code_size") && (!options.get("code_size").canConvertToInt() || size < 4 || size > 8)) {
      errors.set("options", Json.object().set("code_size", Json.array().add(
          "Ensure this value is between 4 and 8.")));
    }
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    Instant now = store.clock.instant();
    ObjectNode out = Json.object();
    String undeliverable = undeliverable(kind, recipient);
    if (undeliverable != null) {
      return FakeResponse.json(200, out.putNull("request_id").put("status", "Undeliverable")
          .put("reason", undeliverable).put("vendor_data", Json.text(body, "vendor_data")));
    }
    if (!otp.allowSend(kind, recipient, now)) {
      return FakeResponse.json(200, out.putNull("request_id").put("status", "Blocked")
          .put("reason", "repeated_attempts").put("vendor_data", Json.text(body, "vendor_data")));
    }
    BigDecimal price = kind.equals("email") ? DiditScreeningTestData.EMAIL_SEND_PRICE
        : DiditScreeningTestData.PHONE_SEND_PRICE;
    if (!ledger.charge(price)) {
      return DiditJson.detail(402, DiditScreeningRoutes.NO_CREDITS);
    }
    String channel = kind.equals("email") ? "email" : options.path("preferred_channel").asText("whatsapp");
    DiditOtpVerifications.Pending p = otp.send(kind, recipient, channel, size,
        kind.equals("email") && options.path("alphanumeric_code").asBoolean(false), Json.text(body, "vendor_data"),
        body.path("metadata").isObject() ? body.get("metadata").deepCopy() : Json.MAPPER.nullNode(), now, price);
    out.put("request_id", p.requestId);
    out.put("status", p.sends > 1 ? "Retry" : "Success");
    out.putNull("reason");
    out.put("vendor_data", p.vendorData);
    out.set("metadata", p.metadata);
    return FakeResponse.json(200, out);
  }

  private static @Nullable String undeliverable(String kind, String recipient) {
    if (kind.equals("email")) {
      return recipient.toLowerCase(Locale.ROOT).endsWith(DiditScreeningTestData.UNDELIVERABLE_EMAIL_SUFFIX)
          ? "undeliverable_email" : null;
    }
    return recipient.startsWith(DiditScreeningTestData.UNDELIVERABLE_NUMBER_PREFIX) ? "invalid_number" : null;
  }

  private FakeResponse check(String kind, @Nullable String recipient, JsonNode body, ObjectNode errors) {
    String code = DiditValidation.requiredString(body, "code", errors, false);
    List<String> policies = kind.equals("email")
        ? List.of("duplicated_email_action", "breached_email_action", "disposable_email_action",
            "undeliverable_email_action")
        : List.of("duplicated_phone_number_action", "disposable_number_action", "voip_number_action");
    for (String policy : policies) {
      DiditScreeningRoutes.choice(body, policy, ACTIONS, errors);
    }
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    Instant now = store.clock.instant();
    DiditOtpVerifications.Pending p = otp.live(kind, recipient, now);
    ObjectNode out = Json.object();
    if (p == null) {
      return FakeResponse.json(200, out.putNull("request_id").put("status", "Expired or Not Found")
          .put("message", "No pending verification for this " + (kind.equals("email") ? "email" : "phone number")
              + ": send a new code."));
    }
    String status;
    String message;
    String declinedBy = null;
    if (!p.code.equals(code)) {
      boolean usedUp = otp.wrongCode(p, code, now);
      status = "Failed";
      message = usedUp ? "The verification code is incorrect. No attempts left: send a new code."
          : "The verification code is incorrect.";
    } else {
      declinedBy = declinedBy(kind, p, body);
      status = declinedBy == null ? "Approved" : "Declined";
      otp.rightCode(p, status, now);
      message = declinedBy == null ? "The verification code is correct."
          : "The verification code is correct, but the verification was declined: " + declinedBy + ".";
    }
    out.put("request_id", p.requestId);
    out.put("status", status);
    out.put("message", message);
    out.set(kind, verification(kind, p, status, declinedBy, now));
    out.put("vendor_data", p.vendorData);
    out.set("metadata", p.metadata);
    out.put("created_at", Json.isoMillis(now));
    return FakeResponse.json(200, out);
  }

  /** The policy that declines a right code, or null. */
  private @Nullable String declinedBy(String kind, DiditOtpVerifications.Pending p, JsonNode body) {
    boolean decline;
    if (kind.equals("email")) {
      if (disposable(p.recipient) && declines(body, "disposable_email_action")) {
        return "disposable email";
      }
      decline = declines(body, "duplicated_email_action");
    } else {
      if (voip(p.recipient) && declines(body, "voip_number_action")) {
        return "VoIP number";
      }
      decline = declines(body, "duplicated_phone_number_action");
    }
    return decline && otp.verifiedByAnother(p) ? "already verified by another user" : null;
  }

  private static boolean declines(JsonNode body, String policy) {
    return "DECLINE".equals(Json.text(body, policy));
  }

  private static boolean disposable(String email) {
    return email.toLowerCase(Locale.ROOT).endsWith("@" + DiditScreeningTestData.DISPOSABLE_EMAIL_DOMAIN);
  }

  private static boolean voip(String number) {
    return number.startsWith(DiditScreeningTestData.VOIP_NUMBER_PREFIX);
  }

  private static ObjectNode verification(String kind, DiditOtpVerifications.Pending p, String status,
      @Nullable String declinedBy, Instant now) {
    ObjectNode v = Json.object();
    v.put("status", status.equals("Failed") ? "In Progress" : status);
    if (kind.equals("email")) {
      v.put("email", p.recipient);
      v.put("is_breached", false);
      v.set("breaches", Json.array());
      v.put("is_disposable", disposable(p.recipient));
      v.put("is_undeliverable", false);
    } else {
      String digits = p.recipient.substring(1);
      int prefix = digits.startsWith("1") ? 1 : digits.startsWith("3") || digits.startsWith("4") ? 2 : 3;
      v.put("phone_number_prefix", "+" + digits.substring(0, prefix));
      v.put("phone_number", digits.substring(prefix));
      v.put("full_number", p.recipient);
      v.set("carrier", Json.object().put("name", voip(p.recipient) ? "Fake VoIP" : "Fake Mobile")
          .put("type", voip(p.recipient) ? "voip" : "mobile"));
      v.put("is_disposable", false);
      v.put("is_virtual", voip(p.recipient));
      v.put("verification_method", p.channel);
    }
    v.put("verification_attempts", p.attempts);
    v.put("verified_at", status.equals("Approved") ? Json.isoMillis(now) : null);
    ArrayNode warnings = Json.array();
    if (declinedBy != null) {
      String risk = declinedBy.startsWith("disposable") ? "DISPOSABLE_EMAIL" : declinedBy.startsWith("VoIP")
          ? "VOIP_NUMBER" : kind.equals("email") ? "DUPLICATED_EMAIL" : "DUPLICATED_PHONE_NUMBER";
      warnings.add(Json.object().put("feature", kind.equals("email") ? "EMAIL_VERIFICATION" : "PHONE_VERIFICATION")
          .put("risk", risk).put("log_type", "error").put("short_description", declinedBy));
    }
    v.set("warnings", warnings);
    v.set("lifecycle", p.lifecycle.deepCopy());
    return v;
  }
}
