package dev.onboardkit.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.reliability.DocumentedBodies.Documented;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generates the fuzz test's responses from a seeded {@link Random}: twelve kinds in turn (documented bodies,
 * truncated, wrong types, random bytes, random JSON, deep nesting, huge strings, wrong content types, HTML pages,
 * empty bodies, error shapes, cut-short bodies), random statuses from 100 to 999 and lying headers.
 */
final class HostileResponseGenerator {
  static final int TEN_MB = 10 * 1024 * 1024;
  static final ObjectMapper JSON = new ObjectMapper();

  /** What a generated response is made of. */
  enum Kind {
    DOCUMENTED, TRUNCATED, WRONG_TYPES, RANDOM_BYTES, RANDOM_JSON, DEEP_NESTING, HUGE_STRING, WRONG_CONTENT_TYPE,
    HTML_PAGE, EMPTY, ERROR_SHAPE, CUT_SHORT
  }

  static final int[] SUCCESS = {200, 201, 202, 204, 206, 299};
  static final int[] ERRORS = {100, 101, 199, 300, 301, 302, 304, 307, 400, 401, 403, 404, 405, 409, 410, 413, 418,
      422, 429, 451, 500, 501, 502, 503, 504, 599, 600, 999};
  static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8", "text/html",
      "text/plain", "application/xml", "", "application/problem+json", "application/json; charset=bogus-9",
      "multipart/form-data; boundary=x", "\u0001\u0002;;;=", "text/html; charset=utf-16"};
  static final String[] WEIRD_RETRY_AFTER = {"-1", "NaN", "1e309", "99999999999999999999", "Wed, 99 Foo 2026 x",
      "Infinity", "0.000001", "  12  ", "", "1,5", "\u00001"};

  /** One generated response. */
  record Generated(Kind kind, int status, byte[] body, Headers headers, boolean truncated, IOException bodyError) {
    HttpResponse response() {
      return new HttpResponse(status, headers, body, truncated, bodyError, 1);
    }
  }

  private HostileResponseGenerator() {}

  static Generated generate(Random rnd, int index, Documented documented) throws IOException {
    Kind kind = Kind.values()[index % Kind.values().length];
    boolean success = rnd.nextInt(10) < 7;
    int status = success ? (rnd.nextBoolean() ? documented.status() : SUCCESS[rnd.nextInt(SUCCESS.length)])
        : ERRORS[rnd.nextInt(ERRORS.length)];
    String contentType = "application/json";
    byte[] body;
    boolean truncated = false;
    IOException bodyError = null;
    switch (kind) {
      case DOCUMENTED:
        body = utf8(documented.body());
        status = documented.status();
        contentType = documented.contentType();
        break;
      case TRUNCATED:
        body = utf8(documented.body().substring(0, rnd.nextInt(Math.max(1, documented.body().length()))));
        contentType = documented.contentType();
        break;
      case WRONG_TYPES:
        // a body that is not JSON (a PDF, a CSV file) has no types to change: random JSON instead
        JsonNode tree = json(documented.body());
        body = utf8(JSON.writeValueAsString(tree == null ? HostileBodies.randomJson(rnd, 0)
            : HostileBodies.wrongTypes(rnd, tree)));
        break;
      case RANDOM_BYTES:
        body = new byte[rnd.nextInt(4096)];
        rnd.nextBytes(body);
        break;
      case RANDOM_JSON:
        body = utf8(JSON.writeValueAsString(HostileBodies.randomJson(rnd, 0)));
        break;
      case DEEP_NESTING:
        body = utf8(HostileBodies.deep(rnd, new int[] {1000, 1001, 2000, 10_000}[rnd.nextInt(4)], documented.body()));
        break;
      case HUGE_STRING:
        // Four of the 833 cases of this kind carry a 10 MB string, the rest 70 KB (beyond the 64 KiB error-body
        // cap), to keep the run fast.
        int size = (index / Kind.values().length) % 209 == 0 ? TEN_MB : 70 * 1024;
        body = utf8(HostileBodies.hugeString(rnd, size, documented.body()));
        break;
      case WRONG_CONTENT_TYPE:
        contentType = CONTENT_TYPES[rnd.nextInt(CONTENT_TYPES.length)];
        body = rnd.nextBoolean() ? utf8(documented.body()) : utf8("<?xml version=\"1.0\"?><error>nope</error>");
        break;
      case HTML_PAGE:
        contentType = "text/html";
        body = utf8(HostileBodies.htmlPage(rnd, status));
        break;
      case EMPTY:
        body = new byte[0];
        contentType = rnd.nextBoolean() ? "application/json" : null;
        break;
      case ERROR_SHAPE:
        body = utf8(JSON.writeValueAsString(HostileBodies.errorShape(rnd)));
        break;
      default:
        // CUT_SHORT: what the transport reports when the body was longer than the limit, or broke mid-way.
        body = utf8(documented.body().substring(0, documented.body().length() / 2));
        contentType = documented.contentType();
        if (rnd.nextBoolean()) {
          truncated = true;
        } else {
          bodyError = new EOFException("unexpected end of stream");
        }
    }
    Headers.Builder headers = Headers.builder();
    if (contentType != null) {
      headers.addLenient("Content-Type", contentType);
    }
    if (rnd.nextInt(4) == 0) {
      headers.addLenient(rnd.nextBoolean() ? "Retry-After" : "Retry-After-Ms",
          WEIRD_RETRY_AFTER[rnd.nextInt(WEIRD_RETRY_AFTER.length)]);
    }
    if (rnd.nextInt(5) == 0) {
      headers.addLenient("X-Request-Id", rnd.nextBoolean() ? "req-" + rnd.nextInt(1000) : "r\u0000q\r\n"
          + "x".repeat(rnd.nextInt(200)));
    }
    if (rnd.nextInt(8) == 0) {
      headers.addLenient("X-Should-Retry", rnd.nextBoolean() ? "true" : "maybe");
    }
    return new Generated(kind, status, body, headers.build(), truncated, bodyError);
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
