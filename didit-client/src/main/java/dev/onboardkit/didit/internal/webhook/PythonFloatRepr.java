package dev.onboardkit.didit.internal.webhook;

import dev.onboardkit.core.Nullable;
import java.math.BigInteger;

/**
 * Python's {@code repr(float)} for finite doubles that are not integers: the shortest decimal that reads back as the
 * same double, the closest one if several are that short (the even one on a tie), written positionally when its
 * decimal point position {@code decpt} (value = 0.DIGITS x 10^decpt) satisfies {@code -4 < decpt <= 16}, else as
 * {@code d.ddde-XX} with at least two exponent digits. {@link Double#toString} is no substitute: it formats
 * differently, and before JDK 19 it does not always pick the shortest digits.
 *
 * <p>Exact integer arithmetic: a double is {@code m / 2^s} (s &gt; 0 as it is not an integer), the decimals that read
 * back as it are those strictly inside (or, for even m, on the edge of) the interval of half a unit in the last place
 * around it (a quarter below a power of two), and the p-digit candidates are the two p-digit neighbours of the exact
 * value. Every operand is a power of ten times a 55-bit number or a power of two, so each candidate costs one
 * multiplication of at most about 1100 bits and a few shifts and subtractions.
 */
final class PythonFloatRepr {
  /** Distinct decimals of at most 15 significant digits read back as distinct normal doubles (DBL_DIG). */
  private static final int DBL_DIG = 15;
  /** Lexemes with a longer exponent are left to the exact path (a double's decimal exponent has three digits). */
  private static final int MAX_EXPONENT_DIGITS = 6;
  /** The smallest exponent needed is that of the 17th digit of the smallest subnormal, 10^-340. */
  private static final BigInteger[] POWERS_OF_TEN = new BigInteger[341];

  static {
    POWERS_OF_TEN[0] = BigInteger.ONE;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1].multiply(BigInteger.TEN);
    }
  }

  private PythonFloatRepr() {}

  /**
   * Returns {@code repr(value)}.
   *
   * @param value a finite double that is not an integer
   * @param lexeme the JSON number it was read from
   * @return Python's repr
   */
  static String repr(double value, String lexeme) {
    String fromLexeme = fromLexeme(value, lexeme);
    return fromLexeme != null ? fromLexeme : repr(value);
  }

  /**
   * Returns {@code repr(value)}.
   *
   * @param value a finite double that is not an integer
   * @return Python's repr
   */
  static String repr(double value) {
    long bits = Double.doubleToRawLongBits(Math.abs(value));
    int biasedExponent = (int) (bits >>> 52);
    long fraction = bits & ((1L << 52) - 1);
    Interval interval = biasedExponent == 0
        ? new Interval(fraction, 1074, false)
        : new Interval(fraction | (1L << 52), 1075 - biasedExponent, fraction == 0 && biasedExponent > 1);
    int exponent = interval.floorLog10(Math.abs(value));
    // Most doubles need 16 or 17 digits, and 17 always suffice. If a normal double has a decimal of at most 15 digits,
    // it has only one (DBL_DIG), so the 15-digit candidate is that decimal padded with zeros. Subnormals have fewer
    // bits, so several short decimals may read back: as a p-digit decimal reads back only if a (p+1)-digit one does,
    // the least p is found by bisection.
    int length;
    if (interval.candidate(exponent + 1 - 16) == 0) {
      length = 17;
    } else if (interval.candidate(exponent + 1 - DBL_DIG) == 0) {
      length = 16;
    } else if (biasedExponent != 0) {
      length = DBL_DIG;
    } else {
      int low = 1;
      int high = DBL_DIG;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (interval.candidate(exponent + 1 - middle) > 0) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      length = low;
    }
    long digits = interval.candidate(exponent + 1 - length);
    int scale = exponent + 1 - length;
    while (digits % 10 == 0) {
      digits /= 10;
      scale++;
    }
    String text = Long.toString(digits);
    return format(value < 0, text, text.length() + scale);
  }

  /**
   * When the lexeme has at most 15 significant digits and the value is a normal double, those digits are the
   * shortest: no other decimal of at most 15 digits reads back as the same double.
   */
  private static @Nullable String fromLexeme(double value, String lexeme) {
    if (Math.abs(value) < Double.MIN_NORMAL) {
      return null;
    }
    StringBuilder digits = new StringBuilder(DBL_DIG + 1);
    int integerDigits = -1;
    int leadingZeros = 0;
    int i = lexeme.charAt(0) == '-' ? 1 : 0;
    for (; i < lexeme.length() && lexeme.charAt(i) != 'e' && lexeme.charAt(i) != 'E'; i++) {
      char c = lexeme.charAt(i);
      if (c == '.') {
        integerDigits = leadingZeros + digits.length();
      } else if (c == '0' && digits.length() == 0) {
        leadingZeros++;
      } else if (digits.length() <= DBL_DIG) {
        digits.append(c);
      } else if (c != '0') {
        return null;
      } else {
        digits.append(c);
      }
    }
    if (integerDigits < 0) {
      integerDigits = leadingZeros + digits.length();
    }
    int exponent = 0;
    if (i < lexeme.length()) {
      String text = lexeme.substring(i + 1);
      if (text.length() > MAX_EXPONENT_DIGITS) {
        return null;
      }
      exponent = Integer.parseInt(text);
    }
    int end = digits.length();
    while (end > 0 && digits.charAt(end - 1) == '0') {
      end--;
    }
    if (end > DBL_DIG) {
      return null;
    }
    return format(value < 0, digits.substring(0, end), integerDigits - leadingZeros + exponent);
  }

  /** The value {@code m / 2^s} of a double and the interval of decimals that read back as it. */
  private static final class Interval {
    private final long mantissa;
    private final int shift;
    private final boolean asymmetric;
    private final boolean inclusive;

    Interval(long mantissa, int shift, boolean asymmetric) {
      this.mantissa = mantissa;
      this.shift = shift;
      this.asymmetric = asymmetric;
      this.inclusive = (mantissa & 1) == 0;  // a decimal on the edge reads back as the double with the even mantissa
    }

    /** The exact floor of log10 of the value, from an estimate that is off by at most one. */
    int floorLog10(double magnitude) {
      int estimate = (int) Math.floor(Math.log10(magnitude));
      while (!atLeastPowerOfTen(estimate)) {
        estimate--;
      }
      while (atLeastPowerOfTen(estimate + 1)) {
        estimate++;
      }
      return estimate;
    }

    private boolean atLeastPowerOfTen(int exponent) {
      BigInteger m = BigInteger.valueOf(mantissa);
      return exponent >= 0
          ? m.compareTo(POWERS_OF_TEN[exponent].shiftLeft(shift)) >= 0
          : m.multiply(POWERS_OF_TEN[-exponent]).compareTo(BigInteger.ONE.shiftLeft(shift)) >= 0;
    }

    /**
     * Returns the digits C of the decimal {@code C x 10^k} that reads back as the value and is closest to it, among
     * the two neighbours of the value at that exponent; 0 if neither reads back.
     */
    long candidate(int k) {
      // Scaled by 4 x 2^s / 10^k, the value, the interval's half-widths and the spacing of candidates are integers.
      BigInteger multiplier = k <= 0 ? POWERS_OF_TEN[-k] : BigInteger.ONE;
      BigInteger value = BigInteger.valueOf(4 * mantissa).multiply(multiplier);
      BigInteger above = multiplier.shiftLeft(1);
      BigInteger below = asymmetric ? multiplier : above;
      long down;
      BigInteger remainder;
      BigInteger unit;
      if (k <= 0) {
        BigInteger quotient = value.shiftRight(shift + 2);
        down = quotient.longValueExact();
        remainder = value.subtract(quotient.shiftLeft(shift + 2));
        unit = BigInteger.ONE.shiftLeft(shift + 2);
      } else {
        unit = POWERS_OF_TEN[k].shiftLeft(shift + 2);
        BigInteger[] quotient = value.divideAndRemainder(unit);
        down = quotient[0].longValueExact();
        remainder = quotient[1];
      }
      if (remainder.signum() == 0) {
        return down;
      }
      BigInteger toUp = unit.subtract(remainder);
      int downDistance = remainder.compareTo(below);
      int upDistance = toUp.compareTo(above);
      boolean downReadsBack = inclusive ? downDistance <= 0 : downDistance < 0;
      boolean upReadsBack = inclusive ? upDistance <= 0 : upDistance < 0;
      if (downReadsBack && upReadsBack) {
        int closer = remainder.compareTo(toUp);
        return closer < 0 || (closer == 0 && (down & 1) == 0) ? down : down + 1;
      }
      return downReadsBack ? down : upReadsBack ? down + 1 : 0;
    }
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
