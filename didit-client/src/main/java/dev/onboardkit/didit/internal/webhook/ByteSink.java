package dev.onboardkit.didit.internal.webhook;

import java.util.Arrays;
import javax.crypto.Mac;

/** A growable byte buffer with a hard size limit, which the canonical writer fills and reorders in place. */
final class ByteSink {
  private final long limit;
  private byte[] bytes;
  private int size;

  ByteSink(int initialCapacity, long limit) {
    this.limit = limit;
    this.bytes = new byte[Math.max(16, initialCapacity)];
  }

  void write(int b) throws CanonicalJsonException {
    ensure(1);
    bytes[size++] = (byte) b;
  }

  void write(byte[] src, int offset, int length) throws CanonicalJsonException {
    ensure(length);
    System.arraycopy(src, offset, bytes, size, length);
    size += length;
  }

  void writeAscii(String s) throws CanonicalJsonException {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      bytes[size++] = (byte) s.charAt(i);
    }
  }

  int size() {
    return size;
  }

  /** Drops everything from {@code newSize} on. */
  void truncate(int newSize) {
    size = newSize;
  }

  byte[] copyOfRange(int from, int to) {
    return Arrays.copyOfRange(bytes, from, to);
  }

  String asciiRange(int from, int to) {
    char[] chars = new char[to - from];
    for (int i = from; i < to; i++) {
      chars[i - from] = (char) bytes[i];
    }
    return new String(chars);
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  void updateMac(Mac mac) {
    mac.update(bytes, 0, size);
  }

  private void ensure(int extra) throws CanonicalJsonException {
    long needed = (long) size + extra;
    if (needed > limit) {
      throw new CanonicalJsonException(CanonicalJsonException.Reason.TOO_LARGE,
          "The canonical form of the webhook body exceeds " + limit + " bytes");
    }
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(needed, 2L * bytes.length)));
    }
  }
}
