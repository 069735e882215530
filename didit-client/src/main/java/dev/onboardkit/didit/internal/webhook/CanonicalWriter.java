package dev.onboardkit.didit.internal.webhook;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.didit.internal.webhook.CanonicalJsonException.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass of recursive descent over the body that writes the canonical form as it reads. An object's members are
 * written in input order and, unless their keys already ascend strictly, rewritten in code-point order with the last
 * of each duplicate key kept. Recursion is bounded by the depth limit.
 */
final class CanonicalWriter {
  private final byte[] in;
  private final int end;
  private final int maxDepth;
  private final ByteSink out;
  private final @Nullable TopLevelFields fields;
  private final StringBuilder keyBuffer = new StringBuilder();
  private int pos;

  CanonicalWriter(byte[] in, int start, int maxDepth, ByteSink out, @Nullable TopLevelFields fields) {
    this.in = in;
    this.pos = start;
    this.end = in.length;
    this.maxDepth = maxDepth;
    this.out = out;
    this.fields = fields;
  }

  void writeDocument() throws CanonicalJsonException {
    skipWhitespace();
    if (fields != null && pos < end && in[pos] == '{') {
      fields.markTopLevelObject();
    }
    value(0);
    skipWhitespace();
    if (pos < end) {
      throw CanonicalJsonException.invalid("extra data after the JSON value", pos);
    }
  }

  private void value(int depth) throws CanonicalJsonException {
    if (pos >= end) {
      throw CanonicalJsonException.invalid("unexpected end of input", pos);
    }
    switch (in[pos]) {
      case '{':
        object(depth + 1);
        break;
      case '[':
        array(depth + 1);
        break;
      case '"':
        pos = JsonStrings.copy(in, pos, end, out, null);
        break;
      case 't':
        literal("true");
        break;
      case 'f':
        literal("false");
        break;
      case 'n':
        literal("null");
        break;
      case 'N':
        literal("NaN");
        break;
      case 'I':
        literal("Infinity");
        break;
      case '-':
        if (pos + 1 < end && in[pos + 1] == 'I') {
          literal("-Infinity");
        } else {
          pos = JsonNumbers.copy(in, pos, end, out);
        }
        break;
      default:
        if (in[pos] >= '0' && in[pos] <= '9') {
          pos = JsonNumbers.copy(in, pos, end, out);
        } else {
          throw CanonicalJsonException.invalid("expected a value", pos);
        }
    }
  }

  private void object(int depth) throws CanonicalJsonException {
    checkDepth(depth);
    pos++;
    out.write('{');
    int contentStart = out.size();
    skipWhitespace();
    if (pos < end && in[pos] == '}') {
      pos++;
      out.write('}');
      return;
    }
    List<Member> members = new ArrayList<>();
    boolean ascending = true;
    while (true) {
      skipWhitespace();
      if (pos >= end || in[pos] != '"') {
        throw CanonicalJsonException.invalid("expected a string key", pos);
      }
      int memberStart = out.size();
      keyBuffer.setLength(0);
      pos = JsonStrings.copy(in, pos, end, out, keyBuffer);
      String key = keyBuffer.toString();
      skipWhitespace();
      if (pos >= end || in[pos] != ':') {
        throw CanonicalJsonException.invalid("expected ':' after an object key", pos);
      }
      pos++;
      out.write(':');
      skipWhitespace();
      if (depth == 1 && fields != null && fields.wants(key)) {
        capturedValue(fields, key, depth);
      } else {
        value(depth);
      }
      if (!members.isEmpty() && CodePointOrder.compare(members.get(members.size() - 1).key, key) >= 0) {
        ascending = false;
      }
      members.add(new Member(key, memberStart, out.size()));
      skipWhitespace();
      if (pos < end && in[pos] == ',') {
        pos++;
        out.write(',');
      } else if (pos < end && in[pos] == '}') {
        pos++;
        break;
      } else {
        throw CanonicalJsonException.invalid("expected ',' or '}' in an object", pos);
      }
    }
    if (!ascending) {
      rewriteSorted(contentStart, members);
    }
    out.write('}');
  }

  /** Rewrites the members in code-point order of their keys, keeping the last of each duplicate (a stable sort). */
  private void rewriteSorted(int contentStart, List<Member> members) throws CanonicalJsonException {
    byte[] written = out.copyOfRange(contentStart, out.size());
    members.sort((a, b) -> CodePointOrder.compare(a.key, b.key));
    out.truncate(contentStart);
    boolean first = true;
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      if (i + 1 < members.size() && members.get(i + 1).key.equals(member.key)) {
        continue;
      }
      if (!first) {
        out.write(',');
      }
      first = false;
      out.write(written, member.start - contentStart, member.end - member.start);
    }
  }

  private void capturedValue(TopLevelFields target, String key, int depth) throws CanonicalJsonException {
    int valueStart = pos;
    if (pos >= end) {
      throw CanonicalJsonException.invalid("unexpected end of input", pos);
    }
    int outStart = out.size();
    if (in[pos] == '"') {
      StringBuilder decoded = new StringBuilder();
      pos = JsonStrings.copy(in, pos, end, out, decoded);
      target.put(key, TopLevelFields.Kind.STRING, decoded.toString());
      return;
    }
    byte first = in[valueStart];
    boolean number = first == '-'
        ? valueStart + 1 < end && in[valueStart + 1] != 'I'
        : first >= '0' && first <= '9';
    value(depth);
    if (first == 'n') {
      target.put(key, TopLevelFields.Kind.NULL, null);
    } else if (number && JsonNumbers.isInteger(in, valueStart, pos)) {
      target.put(key, TopLevelFields.Kind.INTEGER, out.asciiRange(outStart, out.size()));
    } else {
      target.put(key, TopLevelFields.Kind.OTHER, null);
    }
  }

  private void array(int depth) throws CanonicalJsonException {
    checkDepth(depth);
    pos++;
    out.write('[');
    skipWhitespace();
    if (pos < end && in[pos] == ']') {
      pos++;
      out.write(']');
      return;
    }
    while (true) {
      skipWhitespace();
      value(depth);
      skipWhitespace();
      if (pos < end && in[pos] == ',') {
        pos++;
        out.write(',');
      } else if (pos < end && in[pos] == ']') {
        pos++;
        out.write(']');
        return;
      } else {
        throw CanonicalJsonException.invalid("expected ',' or ']' in an array", pos);
      }
    }
  }

  private void literal(String word) throws CanonicalJsonException {
    int length = word.length();
    if (pos + length > end) {
      throw CanonicalJsonException.invalid("expected a value", pos);
    }
    for (int i = 0; i < length; i++) {
      if (in[pos + i] != word.charAt(i)) {
        throw CanonicalJsonException.invalid("expected a value", pos);
      }
    }
    pos += length;
    out.writeAscii(word);
  }

  private void checkDepth(int depth) throws CanonicalJsonException {
    if (depth > maxDepth) {
      throw new CanonicalJsonException(Reason.TOO_DEEP,
          "The webhook body nests objects and arrays deeper than " + maxDepth + " levels");
    }
  }

  private void skipWhitespace() {
    while (pos < end && (in[pos] == ' ' || in[pos] == '\n' || in[pos] == '\r' || in[pos] == '\t')) {
      pos++;
    }
  }

  /** A member's key and where its {@code "key":value} bytes were written. */
  private static final class Member {
    final String key;
    final int start;
    final int end;

    Member(String key, int start, int end) {
      this.key = key;
      this.start = start;
      this.end = end;
    }
  }
}
