package dev.onboardkit.didit.internal.webhook;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.didit.internal.webhook.CanonicalJsonException.Reason;

/**
 * Reads one JSON string token and writes it as Python's {@code json.dumps(..., ensure_ascii=False)} does:
 * {@code \"}, {@code \\}, {@code \n}, {@code \r}, {@code \t}, {@code \b}, {@code \f}, other control characters
 * as <code>&#92;u00xx</code> in lowercase hex, and everything else (DEL, {@code /}, U+2028, astral characters) as raw
 * UTF-8.
 */
final class JsonStrings {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonStrings() {}

  /**
   * Copies the string token that starts at {@code pos} (its opening quote) to {@code out}.
   *
   * @param decoded receives the decoded characters, or null if the caller does not need them
   * @return the offset after the closing quote
   */
  static int copy(byte[] in, int pos, int end, ByteSink out, @Nullable StringBuilder decoded)
      throws CanonicalJsonException {
    int start = pos;
    pos++;
    out.write('"');
    while (true) {
      int run = pos;
      while (pos < end && isPlainAscii(in[pos])) {
        pos++;
      }
      if (pos > run) {
        out.write(in, run, pos - run);
        if (decoded != null) {
          for (int i = run; i < pos; i++) {
            decoded.append((char) in[i]);
          }
        }
      }
      if (pos >= end) {
        throw CanonicalJsonException.invalid("unterminated string", start);
      }
      int b = in[pos] & 0xFF;
      if (b == '"') {
        out.write('"');
        return pos + 1;
      } else if (b == '\\') {
        pos = escape(in, pos, end, out, decoded);
      } else if (b < 0x20) {
        throw CanonicalJsonException.invalid("unescaped control character in a string", pos);
      } else {
        pos = multiByte(in, pos, end, out, decoded);
      }
    }
  }

  private static boolean isPlainAscii(byte b) {
    return b >= 0x20 && b != '"' && b != '\\';  // bytes >= 0x80 are negative
  }

  private static int escape(byte[] in, int pos, int end, ByteSink out, @Nullable StringBuilder decoded)
      throws CanonicalJsonException {
    if (pos + 1 >= end) {
      throw CanonicalJsonException.invalid("unterminated string", pos);
    }
    int codePoint;
    int next = pos + 2;
    switch (in[pos + 1]) {
      case '"': codePoint = '"'; break;
      case '\\': codePoint = '\\'; break;
      case '/': codePoint = '/'; break;
      case 'b': codePoint = '\b'; break;
      case 'f': codePoint = '\f'; break;
      case 'n': codePoint = '\n'; break;
      case 'r': codePoint = '\r'; break;
      case 't': codePoint = '\t'; break;
      case 'u':
        codePoint = hex4(in, pos + 2, end, pos);
        next = pos + 6;
        if (Character.isHighSurrogate((char) codePoint)) {
          if (next + 1 < end && in[next] == '\\' && in[next + 1] == 'u') {
            int low = hex4(in, next + 2, end, next);
            if (Character.isLowSurrogate((char) low)) {
              codePoint = Character.toCodePoint((char) codePoint, (char) low);
              next += 6;
              break;
            }
          }
          throw loneSurrogate(pos);
        }
        if (Character.isLowSurrogate((char) codePoint)) {
          throw loneSurrogate(pos);
        }
        break;
      default:
        throw CanonicalJsonException.invalid("invalid escape in a string", pos);
    }
    writeCodePoint(codePoint, out);
    if (decoded != null) {
      decoded.appendCodePoint(codePoint);
    }
    return next;
  }

  private static int hex4(byte[] in, int from, int end, int escapeOffset) throws CanonicalJsonException {
    if (from + 4 > end) {
      throw CanonicalJsonException.invalid("invalid \\u escape", escapeOffset);
    }
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(in[i], 16);
      if (digit < 0 || in[i] < 0) {
        throw CanonicalJsonException.invalid("invalid \\u escape", escapeOffset);
      }
      value = (value << 4) | digit;
    }
    return value;
  }

  /** Validates one UTF-8 sequence (strictly: no overlong forms, surrogates or values above U+10FFFF) and copies it. */
  private static int multiByte(byte[] in, int pos, int end, ByteSink out, @Nullable StringBuilder decoded)
      throws CanonicalJsonException {
    int b0 = in[pos] & 0xFF;
    int length;
    int min;
    int max = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      length = 2;
      min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      length = 3;
      min = b0 == 0xE0 ? 0xA0 : 0x80;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      length = 4;
      min = b0 == 0xF0 ? 0x90 : 0x80;
      max = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
      throw notUtf8(pos);
    }
    if (pos + length > end) {
      throw notUtf8(pos);
    }
    int b1 = in[pos + 1] & 0xFF;
    if (b1 < min || b1 > max) {
      throw notUtf8(pos);
    }
    int codePoint = b0 & (0xFF >> (length + 1));
    for (int i = 1; i < length; i++) {
      int b = in[pos + i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        throw notUtf8(pos);
      }
      codePoint = (codePoint << 6) | (b & 0x3F);
    }
    if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
      throw loneSurrogate(pos);
    }
    out.write(in, pos, length);
    if (decoded != null) {
      decoded.appendCodePoint(codePoint);
    }
    return pos + length;
  }

  private static void writeCodePoint(int codePoint, ByteSink out) throws CanonicalJsonException {
    switch (codePoint) {
      case '"': out.writeAscii("\\\""); return;
      case '\\': out.writeAscii("\\\\"); return;
      case '\n': out.writeAscii("\\n"); return;
      case '\r': out.writeAscii("\\r"); return;
      case '\t': out.writeAscii("\\t"); return;
      case '\b': out.writeAscii("\\b"); return;
      case '\f': out.writeAscii("\\f"); return;
      default:
        break;
    }
    if (codePoint < 0x20) {
      out.writeAscii("\\u00");
      out.write(HEX[codePoint >> 4]);
      out.write(HEX[codePoint & 0xF]);
    } else if (codePoint < 0x80) {
      out.write(codePoint);
    } else if (codePoint < 0x800) {
      out.write(0xC0 | (codePoint >> 6));
      out.write(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
      out.write(0xE0 | (codePoint >> 12));
      out.write(0x80 | ((codePoint >> 6) & 0x3F));
      out.write(0x80 | (codePoint & 0x3F));
    } else {
      out.write(0xF0 | (codePoint >> 18));
      out.write(0x80 | ((codePoint >> 12) & 0x3F));
      out.write(0x80 | ((codePoint >> 6) & 0x3F));
      out.write(0x80 | (codePoint & 0x3F));
    }
  }

  private static CanonicalJsonException notUtf8(int offset) {
    return new CanonicalJsonException(Reason.NOT_UTF8, "The webhook body is not valid UTF-8 at byte " + offset);
  }

  private static CanonicalJsonException loneSurrogate(int offset) {
    return new CanonicalJsonException(Reason.LONE_SURROGATE, "A string at byte " + offset
        + " holds an unpaired UTF-16 surrogate, which has no UTF-8 form (the server cannot have signed it with"
        + " X-Signature-V2)");
  }
}
