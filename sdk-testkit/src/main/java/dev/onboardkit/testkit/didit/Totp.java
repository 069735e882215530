package dev.onboardkit.testkit.didit;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 TOTP: HMAC-SHA1, 30-second steps, 6 digits. */
final class Totp {
  static final long STEP_SECONDS = 30;

  private Totp() {}

  static String code(byte[] secret, long epochSecond) {
    return codeForStep(secret, Math.floorDiv(epochSecond, STEP_SECONDS));
  }

  static boolean matches(byte[] secret, long epochSecond, String candidate) {
    long step = Math.floorDiv(epochSecond, STEP_SECONDS);
    for (long s = step - 1; s <= step + 1; s++) {
      if (codeForStep(secret, s).equals(candidate)) {
        return true;
      }
    }
    return false;
  }

  private static String codeForStep(byte[] secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = h[h.length - 1] & 0x0f;
      int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8)
          | (h[offset + 3] & 0xff);
      return String.format("%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is unavailable", e);
    }
  }
}
