package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.HmacSha256;
import dev.onboardkit.testkit.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * JWT-shaped tokens like Didit's: a header claiming RS256, a payload with {@code sub}, {@code email},
 * {@code token_type}, {@code iat}, {@code exp} and {@code jti}, and a signature (an HMAC with the fake's own key: the
 * fake looks tokens up instead of verifying them, and clients treat them as opaque).
 */
final class DiditJwt {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final String HEADER =
      B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

  private DiditJwt() {}

  static String mint(byte[] signingKey, StoredAccount a, String type, Instant issuedAt, Instant expiresAt,
      String jti) {
    ObjectNode payload = Json.object();
    payload.put("sub", a.userId);
    payload.put("email", a.email);
    payload.put("token_type", type);
    payload.put("iat", issuedAt.getEpochSecond());
    payload.put("exp", expiresAt.getEpochSecond());
    payload.put("jti", jti);
    String body = B64.encodeToString(Json.write(payload).getBytes(StandardCharsets.UTF_8));
    String signature = B64.encodeToString(HmacSha256.mac(signingKey,
        (HEADER + "." + body).getBytes(StandardCharsets.UTF_8)));
    return HEADER + "." + body + "." + signature;
  }
}
