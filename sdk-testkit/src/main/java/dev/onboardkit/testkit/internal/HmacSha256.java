package dev.onboardkit.testkit.internal;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256, for the fakes' webhook signatures and token signatures. The fakes compute it themselves rather than
 * share the SDK's code, so that a test of the SDK's verifier against a fake compares two implementations. Not API.
 */
public final class HmacSha256 {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private HmacSha256() {}

  /**
   * Computes the MAC.
   *
   * @param key the key
   * @param message the message
   * @return the 32-byte MAC
   */
  public static byte[] mac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /**
   * Formats bytes as lower-case hex.
   *
   * @param bytes the bytes
   * @return two hex digits per byte
   */
  public static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }
}
