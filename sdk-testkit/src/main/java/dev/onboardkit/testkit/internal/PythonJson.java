package dev.onboardkit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree exactly as Python's {@code json.dumps(value, sort_keys=True, ...)} does, for the Didit fake's
 * webhook bodies and signatures:
 *
 * <ul>
 *   <li>{@link #didit(JsonNode)}: the body Didit's server sends, {@code json.dumps(v, sort_keys=True,
 *       ensure_ascii=True)} (separators {@code ", "} and {@code ": "}; every character outside printable ASCII
 *       escaped as a backslash, {@code u} and four lowercase hex digits, astral characters as surrogate pairs);
 *   <li>{@link #canonical(JsonNode)}: what {@code X-Signature-V2} signs, {@code json.dumps(shorten_floats(v),
 *       sort_keys=True, ensure_ascii=False, separators=(",", ":"))}: integral floats written as integers, only
 *       {@code "}, {@code \} and control characters escaped.
 * </ul>
 *
 * <p>Keys are sorted by code point, as Python sorts strings. Floats are written as Python's {@code repr}: the shortest
 * decimal that reads back, in exponent notation below 1e-4 and from 1e16 on ({@code 1e-05}, {@code 1e+16}). The fake
 * only writes values it produced or a test gave it; this is not a general canonicalizer (the SDK has its own). Not API.
 */
public final class PythonJson {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final boolean ensureAscii;
  private final boolean shortenFloats;
  private final String itemSeparator;
  private final String keySeparator;

  private PythonJson(boolean ensureAscii, boolean shortenFloats, String itemSeparator, String keySeparator) {
    this.ensureAscii = ensureAscii;
    this.shortenFloats = shortenFloats;
    this.itemSeparator = itemSeparator;
    this.keySeparator = keySeparator;
  }

  /**
   * Writes the body Didit sends: {@code json.dumps(value, sort_keys=True, ensure_ascii=True)}.
   *
   * @param value the tree
   * @return the JSON text
   */
  public static String didit(JsonNode value) {
    return new PythonJson(true, false, ", ", ": ").write(value);
  }

  /**
   * Writes the canonical form {@code X-Signature-V2} signs.
   *
   * @param value the tree
   * @return the JSON text
   */
  public static String canonical(JsonNode value) {
    return new PythonJson(false, true, ",", ":").write(value);
  }

  private String write(JsonNode value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private void write(JsonNode v, StringBuilder out) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      out.append("null");
    } else if (v.isBoolean()) {
      out.append(v.booleanValue() ? "true" : "false");
    } else if (v.isIntegralNumber()) {
      out.append(v.bigIntegerValue());
    } else if (v.isNumber()) {
      out.append(floatRepr(v.doubleValue()));
    } else if (v.isTextual()) {
      string(v.textValue(), out);
    } else if (v.isArray()) {
      out.append('[');
      for (int i = 0; i < v.size(); i++) {
        out.append(i == 0 ? "" : itemSeparator);
        write(v.get(i), out);
      }
      out.append(']');
    } else {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(v.properties());
      members.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
      out.append('{');
      for (int i = 0; i < members.size(); i++) {
        out.append(i == 0 ? "" : itemSeparator);
        string(members.get(i).getKey(), out);
        out.append(keySeparator);
        write(members.get(i).getValue(), out);
      }
      out.append('}');
    }
  }

  private String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    BigDecimal exact = new BigDecimal(Double.toString(d));
    if (shortenFloats && d == Math.rint(d)) {
      return new BigDecimal(d).toBigIntegerExact().toString();
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal stripped = exact.stripTrailingZeros();
    String digits = stripped.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - stripped.scale();
    String sign = d < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
          + Math.abs(exponent);
    }
    String plain = stripped.abs().toPlainString();
    return sign + (plain.contains(".") ? plain : plain + ".0");
  }

  private void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || (ensureAscii && c > 0x7e)) {
            out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
