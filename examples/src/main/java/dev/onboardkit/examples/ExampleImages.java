package dev.onboardkit.examples;

import java.nio.charset.StandardCharsets;

/** Stand-in images for the examples: a JPEG or PNG signature followed by text, which the fake accepts as images. */
final class ExampleImages {
  private ExampleImages() {}

  /**
   * Returns bytes that start like a JPEG file.
   *
   * @param content what the "image" shows; the same content is the same face to the fake
   * @return the bytes
   */
  static byte[] jpeg(String content) {
    return withSignature(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, content);
  }

  /**
   * Returns bytes that start like a PNG file.
   *
   * @param content what the "image" shows
   * @return the bytes
   */
  static byte[] png(String content) {
    return withSignature(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, content);
  }

  private static byte[] withSignature(byte[] signature, String content) {
    byte[] text = content.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[signature.length + text.length];
    System.arraycopy(signature, 0, bytes, 0, signature.length);
    System.arraycopy(text, 0, bytes, signature.length, text.length);
    return bytes;
  }
}
