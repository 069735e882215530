package dev.onboardkit.core.internal.webhook;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 and constant-time comparison for webhook signatures. */
public final class HmacSignatures {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private HmacSignatures() {}

  /**
   * Computes HMAC-SHA256 of the concatenation of {@code parts}, fed to the MAC one after the other: nothing is
   * copied, so signing a prefix and a large body costs no second copy of the body.
   *
   * @param key the shared secret
   * @param parts the signed bytes, in order
   * @return the 32-byte MAC
   */
  public static byte[] hmacSha256(byte[] key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /**
   * Encodes bytes as lower-case hex.
   *
   * @param bytes the bytes
   * @return the hex string
   */
  public static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /**
   * Decodes hex (either case).
   *
   * @param hex the hex string
   * @return the bytes, or null if {@code hex} is not valid hex
   */
  public static byte[] unhex(String hex) {
    if (hex.length() % 2 != 0) {
      return null;
    }
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(hex.charAt(2 * i), 16);
      int lo = Character.digit(hex.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        return null;
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }

  /**
   * Compares two byte arrays in time that depends only on their lengths.
   *
   * @param a one array
   * @param b the other
   * @return true if equal
   */
  public static boolean constantTimeEquals(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }
}
