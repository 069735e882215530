package dev.onboardkit.reliability;

import static dev.onboardkit.reliability.HostileEndpoints.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.onboardkit.core.SdkDefaults;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.ConflictException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.PermissionDeniedException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.UnexpectedStatusException;
import dev.onboardkit.core.error.UnprocessableEntityException;
import dev.onboardkit.didit.DiditVerificationErrorCode;
import dev.onboardkit.reliability.HostileResponseGenerator.Generated;
import dev.onboardkit.reliability.HostileResponseGenerator.Kind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a hostile response may lead to, checked call by call: a value for a 2xx that decoded; otherwise only an SDK
 * exception, a {@link ResponseDecodingException} (status, no parser cause, bounded snippet) for a 2xx or an
 * {@link ApiException} of the status's class (status, raw body of at most 64 KiB, one attempt) for anything else; for
 * the Didit Verification API, a 403 that refuses the API key is an {@link AuthenticationException}.
 */
final class HostileOutcomes {
  static final int MAX_RAW_BODY = SdkDefaults.Limits.MAX_ERROR_BODY_BYTES;

  private HostileOutcomes() {}

  static Class<? extends ApiException> expectedClass(int status) {
    switch (status) {
      case 400:
        return BadRequestException.class;
      case 401:
        return AuthenticationException.class;
      case 403:
        return PermissionDeniedException.class;
      case 404:
        return NotFoundException.class;
      case 409:
        return ConflictException.class;
      case 422:
        return UnprocessableEntityException.class;
      case 429:
        return RateLimitException.class;
      default:
        return status >= 500 ? InternalServerException.class : UnexpectedStatusException.class;
    }
  }

  /** What the run saw, for the summary line. */
  static final class Tally {
    final Map<String, Integer> outcomes = new TreeMap<>();
    int maxRawBody;
    int maxSnippet;
    int maxMessage;
    int decoderCalls;

    void count(String outcome) {
      outcomes.merge(outcome, 1, Integer::sum);
    }
  }

  static void check(Generated g, String endpoint, boolean async, Throwable thrown, Object value, Tally tally) {
    String where = endpoint + (async ? " (async)" : "") + ", " + g.kind() + ", status " + g.status() + ", "
        + g.body().length + " bytes";
    boolean success = g.status() >= 200 && g.status() < 300;
    if (thrown == null) {
      assertTrue(success, "a non-2xx status must fail: " + where);
      assertTrue(g.bodyError() == null && !g.truncated(), "a cut body must fail: " + where);
      assertNotNull(value, where);
      assertNotNull(String.valueOf(value), where);
      tally.count("decoded");
      return;
    }
    Throwable e = unwrap(thrown);
    if (e instanceof VirtualMachineError) {
      fail("a VirtualMachineError escaped: " + where, e);
    }
    if (!(e instanceof OnboardKitException)) {
      fail("not an SDK exception: " + e + " at " + where, e);
    }
    assertTrue(g.kind() != Kind.DOCUMENTED, "a documented body must decode: " + where + ": " + e);
    String message = String.valueOf(e.getMessage());
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertNotNull(e.toString());
    tally.maxMessage = Math.max(tally.maxMessage, message.length());
    assertTrue(message.length() <= 2 * MAX_RAW_BODY, "unbounded message (" + message.length() + "): " + where);
    if (success) {
      ResponseDecodingException rde = assertInstanceOf(ResponseDecodingException.class, e, where);
      assertEquals(g.status(), rde.statusCode(), where);
      assertNull(rde.getCause(), "the parser's exception (which may quote the body) is not kept: " + where);
      assertTrue(rde.bodySnippet().length() <= ResponseDecodingException.MAX_SNIPPET_CHARS,
          "snippet of " + rde.bodySnippet().length() + ": " + where);
      tally.maxSnippet = Math.max(tally.maxSnippet, rde.bodySnippet().length());
      tally.count("ResponseDecodingException");
    } else {
      boolean refusedKey = g.status() == 403 && endpoint.startsWith(VerificationEndpoints.PREFIX)
          && e instanceof AuthenticationException
          && ((ApiException) e).errorCode() == DiditVerificationErrorCode.API_KEY_REJECTED;
      Class<? extends ApiException> expected = refusedKey ? AuthenticationException.class : expectedClass(g.status());
      ApiException api = assertInstanceOf(expected, e, where);
      assertEquals(g.status(), api.statusCode(), where);
      assertTrue(api.rawBody().length() <= MAX_RAW_BODY, "raw body of " + api.rawBody().length() + ": " + where);
      assertNotNull(api.error(), where);
      assertTrue(api.error().message().length() <= MAX_RAW_BODY, where);
      assertEquals(1, api.attempts(), where);
      tally.maxRawBody = Math.max(tally.maxRawBody, api.rawBody().length());
      tally.count(api.getClass().getSimpleName());
    }
  }
}
