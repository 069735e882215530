package dev.onboardkit.didit.internal.webhook;

import dev.onboardkit.didit.internal.webhook.CanonicalJsonException.Reason;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Reads one JSON number and writes what {@code json.dumps(shorten_floats(json.loads(...)))} writes for it. Python reads
 * a lexeme without fraction or exponent as an {@code int} (written back as is, except {@code -0} which becomes
 * {@code 0}) and any other as a {@code float}; {@code shorten_floats} turns an integral float (including
 * {@code -0.0}) into an {@code int}, written with every digit; infinity (from overflow, {@code 1e400}) is written as
 * {@code Infinity}; any other float is written as Python's {@code repr}.
 */
final class JsonNumbers {
  /** Python 3.11+ refuses to convert integers longer than this ({@code sys.get_int_max_str_digits()}). */
  static final int MAX_INT_DIGITS = 4300;
  private static final double LONG_SAFE = 9.0e18;

  private JsonNumbers() {}

  /**
   * Copies the number that starts at {@code pos}. Stops at the first byte that cannot continue it, as Python does: the
   * caller then rejects a stray {@code .} or {@code e}.
   *
   * @return the offset after the number
   */
  static int copy(byte[] in, int pos, int end, ByteSink out) throws CanonicalJsonException {
    int start = pos;
    if (in[pos] == '-') {
      pos++;
    }
    if (pos >= end || !isDigit(in[pos])) {
      throw CanonicalJsonException.invalid("invalid number", start);
    }
    if (in[pos] == '0') {
      pos++;
    } else {
      pos = digits(in, pos, end);
    }
    int integerEnd = pos;
    boolean isFloat = false;
    if (pos + 1 < end && in[pos] == '.' && isDigit(in[pos + 1])) {
      pos = digits(in, pos + 1, end);
      isFloat = true;
    }
    if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
      int exponent = pos + 1;
      if (exponent < end && (in[exponent] == '+' || in[exponent] == '-')) {
        exponent++;
      }
      if (exponent < end && isDigit(in[exponent])) {
        pos = digits(in, exponent, end);
        isFloat = true;
      }
    }
    if (isFloat) {
      out.writeAscii(floatText(new String(in, start, pos - start, StandardCharsets.US_ASCII)));
    } else {
      writeInteger(in, start, integerEnd, out);
    }
    return pos;
  }

  /** Whether the number lexeme in {@code [from, to)} is a Python {@code int}. */
  static boolean isInteger(byte[] in, int from, int to) {
    for (int i = from; i < to; i++) {
      if (in[i] == '.' || in[i] == 'e' || in[i] == 'E') {
        return false;
      }
    }
    return true;
  }

  private static void writeInteger(byte[] in, int start, int end, ByteSink out) throws CanonicalJsonException {
    boolean negative = in[start] == '-';
    if (end - start - (negative ? 1 : 0) > MAX_INT_DIGITS) {
      throw new CanonicalJsonException(Reason.NUMBER_TOO_LONG, "An integer at byte " + start + " has more than "
          + MAX_INT_DIGITS + " digits, which Python's json.loads rejects");
    }
    if (negative && end - start == 2 && in[start + 1] == '0') {
      out.write('0');
    } else {
      out.write(in, start, end - start);
    }
  }

  /** What Python writes for the float that {@code lexeme} denotes, after {@code shorten_floats}. */
  static String floatText(String lexeme) {
    double value = Double.parseDouble(lexeme);
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == Math.rint(value)) {
      return Math.abs(value) < LONG_SAFE
          ? Long.toString((long) value)
          : new BigDecimal(value).toBigInteger().toString();
    }
    return PythonFloatRepr.repr(value, lexeme);
  }

  private static int digits(byte[] in, int pos, int end) {
    while (pos < end && isDigit(in[pos])) {
      pos++;
    }
    return pos;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }
}
