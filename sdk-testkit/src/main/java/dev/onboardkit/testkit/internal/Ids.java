package dev.onboardkit.testkit.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/** Random identifiers and codes. Thread-safe. Not API. */
public final class Ids {
  private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecureRandom random = new SecureRandom();

  /** Creates a generator. */
  public Ids() {}

  /**
   * Returns a random version-4 UUID.
   *
   * @return the UUID text
   */
  public String uuid() {
    byte[] b = bytes(16);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (b[i] & 0xff);
      lsb = (lsb << 8) | (b[8 + i] & 0xff);
    }
    return new UUID(msb, lsb).toString();
  }

  /**
   * Returns upper-case letters and digits.
   *
   * @param length how many characters
   * @return the code
   */
  public String upperAlnum(int length) {
    return pick(UPPER_ALNUM, length);
  }

  /**
   * Returns lower-case letters and digits.
   *
   * @param length how many characters
   * @return the code
   */
  public String lowerAlnum(int length) {
    return pick(LOWER_ALNUM, length);
  }

  /**
   * Returns lower-case hex.
   *
   * @param length how many characters
   * @return the hex string
   */
  public String hex(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = HEX[random.nextInt(16)];
    }
    return new String(out);
  }

  /**
   * Returns unpadded base64url of random bytes.
   *
   * @param byteCount how many random bytes
   * @return the text ({@code ceil(4 * byteCount / 3)} characters)
   */
  public String base64Url(int byteCount) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(byteCount));
  }

  /**
   * Returns random bytes.
   *
   * @param count how many
   * @return the bytes
   */
  public byte[] bytes(int count) {
    byte[] b = new byte[count];
    random.nextBytes(b);
    return b;
  }

  private String pick(String alphabet, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(out);
  }
}
