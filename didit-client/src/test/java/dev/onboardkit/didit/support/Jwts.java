package dev.onboardkit.didit.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Mints JWT-shaped tokens (unsigned) for expiry tests. */
public final class Jwts {
  private Jwts() {}

  public static String withExp(String subject, Instant exp) {
    return token("{\"sub\":\"" + subject + "\",\"exp\":" + exp.getEpochSecond() + "}");
  }

  public static String token(String payloadJson) {
    Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
    return enc.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + enc.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
  }
}
