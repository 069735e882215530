package dev.onboardkit.didit.internal.webhook;

import dev.onboardkit.core.Nullable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)} for finite, non-integral doubles: the shortest decimal that reads back as the same
 * double (the closest one if several are that short), in positional notation when its decimal point position
 * {@code decpt} (value = 0.DIGITS x 10^decpt) satisfies {@code -4 < decpt <= 16}, else as {@code d.ddde-XX} with at
 * least two exponent digits. {@link Double#toString} is not a substitute: it formats differently, and before JDK 19 it
 * does not always pick the shortest digits.
 */
final class PythonFloatRepr {
  /** Every double is identified by 17 significant digits. */
  private static final int MAX_DIGITS = 17;
  /** Distinct decimals of at most 15 significant digits read back as distinct normal doubles (DBL_DIG). */
  private static final int DBL_DIG = 15;
  /** Longer lexemes skip the fast path, which parses the lexeme as a {@link BigDecimal}. */
  private static final int FAST_PATH_MAX_CHARS = 40;
  private static final MathContext[] DOWN = new MathContext[MAX_DIGITS + 1];
  private static final MathContext[] UP = new MathContext[MAX_DIGITS + 1];

  static {
    for (int p = 1; p <= MAX_DIGITS; p++) {
      DOWN[p] = new MathContext(p, RoundingMode.FLOOR);
      UP[p] = new MathContext(p, RoundingMode.CEILING);
    }
  }

  private PythonFloatRepr() {}

  /**
   * Returns {@code repr(value)}.
   *
   * @param value a finite double that is not an integer
   * @param lexeme the JSON text it was read from, used for a fast path when it has few significant digits
   * @return Python's repr
   */
  static String repr(double value, String lexeme) {
    BigDecimal shortest = fromLexeme(value, lexeme);
    if (shortest == null) {
      shortest = shortest(Math.abs(value));
    }
    return format(value < 0, shortest.unscaledValue().abs().toString(), shortest.precision() - shortest.scale());
  }

  /**
   * When the lexeme has at most 15 significant digits and the value is a normal double, the lexeme's digits are the
   * shortest: no shorter decimal can read back as the same double, because two distinct decimals of at most 15 digits
   * never do.
   */
  private static @Nullable BigDecimal fromLexeme(double value, String lexeme) {
    if (Math.abs(value) < Double.MIN_NORMAL || lexeme.length() > FAST_PATH_MAX_CHARS) {
      return null;
    }
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(lexeme).stripTrailingZeros();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
    return decimal.precision() <= DBL_DIG ? decimal : null;
  }

  /**
   * The shortest decimal that reads back as {@code magnitude}. If a p-digit decimal reads back, so does a (p+1)-digit
   * one, so the least p is found by bisection; at a given p only the two p-digit neighbours of the exact value can
   * read back (the decimals that read back form an interval around it).
   */
  private static BigDecimal shortest(double magnitude) {
    BigDecimal exact = new BigDecimal(magnitude);
    int low = 1;
    int high = MAX_DIGITS;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (candidate(exact, magnitude, middle) != null) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return candidate(exact, magnitude, low).stripTrailingZeros();
  }

  private static @Nullable BigDecimal candidate(BigDecimal exact, double magnitude, int digits) {
    BigDecimal down = exact.round(DOWN[digits]);
    BigDecimal up = exact.round(UP[digits]);
    boolean downReadsBack = Double.parseDouble(down.toString()) == magnitude;
    boolean upReadsBack = Double.parseDouble(up.toString()) == magnitude;
    if (downReadsBack && upReadsBack) {
      int closer = exact.subtract(down).compareTo(up.subtract(exact));
      if (closer != 0) {
        return closer < 0 ? down : up;
      }
      return down.unscaledValue().testBit(0) ? up : down;
    }
    return downReadsBack ? down : upReadsBack ? up : null;
  }

  private static String format(boolean negative, String digits, int decpt) {
    StringBuilder out = new StringBuilder(digits.length() + 8);
    if (negative) {
      out.append('-');
    }
    int count = digits.length();
    if (decpt > -4 && decpt <= 16) {
      if (decpt <= 0) {
        out.append("0.");
        appendZeros(out, -decpt);
        out.append(digits);
      } else if (decpt >= count) {
        out.append(digits);
        appendZeros(out, decpt - count);
        out.append(".0");
      } else {
        out.append(digits, 0, decpt).append('.').append(digits, decpt, count);
      }
    } else {
      int exponent = decpt - 1;
      out.append(digits.charAt(0));
      if (count > 1) {
        out.append('.').append(digits, 1, count);
      }
      out.append(exponent < 0 ? "e-" : "e+");
      int magnitude = Math.abs(exponent);
      if (magnitude < 10) {
        out.append('0');
      }
      out.append(magnitude);
    }
    return out.toString();
  }

  private static void appendZeros(StringBuilder out, int count) {
    for (int i = 0; i < count; i++) {
      out.append('0');
    }
  }
}
