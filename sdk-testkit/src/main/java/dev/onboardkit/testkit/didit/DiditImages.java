package dev.onboardkit.testkit.didit;

import dev.onboardkit.testkit.internal.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * How the fake "analyses" images: it recognises formats by their magic bytes, identifies a face by the SHA-256 of its
 * image (the same bytes are the same face), and derives scores from that hash, so a given image always gets the same
 * result.
 */
final class DiditImages {
  private DiditImages() {}

  /** Whether the bytes start like a JPEG, PNG or WebP file. */
  static boolean isJpegPngOrWebp(byte[] b) {
    boolean jpeg = b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    boolean png = b.length >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    boolean webp = b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W'
        && b[9] == 'E' && b[10] == 'B' && b[11] == 'P';
    return jpeg || png || webp;
  }

  /** The lower-case hex SHA-256 of the bytes: the fake's identity of a face or document. */
  static String sha256(byte[] bytes) {
    try {
      return HmacSha256.hex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A number in {@code [from, to)} derived from a hash and a salt, rounded to two decimals. */
  static double score(String hash, String salt, double from, double to) {
    byte[] d;
    try {
      d = MessageDigest.getInstance("SHA-256").digest((hash + ":" + salt).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long n = ((d[0] & 0xffL) << 24) | ((d[1] & 0xffL) << 16) | ((d[2] & 0xffL) << 8) | (d[3] & 0xffL);
    double unit = n / (double) (1L << 32);
    return Math.round((from + (to - from) * unit) * 100) / 100.0;
  }
}
