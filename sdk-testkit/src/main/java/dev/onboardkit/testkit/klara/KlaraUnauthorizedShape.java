package dev.onboardkit.testkit.klara;

/**
 * Which documented 401 body the fake returns for an invalid, revoked or unknown API key. The endpoint pages give
 * {@code {"error":"Invalid API key"}}; the authentication page gives
 * {@code {"error":"unauthorized","message":"Invalid or expired API key"}}. A missing header is always
 * {@code {"error":"Missing API key"}} and a missing scope always
 * {@code {"error":"API key missing required scopes: <scope>"}}.
 */
public enum KlaraUnauthorizedShape {
  /** {@code {"error":"Invalid API key"}} (endpoint pages; the default). */
  INVALID_API_KEY,
  /** {@code {"error":"unauthorized","message":"Invalid or expired API key"}} (authentication page). */
  UNAUTHORIZED_WITH_MESSAGE
}
