package dev.onboardkit.testkit.klara;

import static dev.onboardkit.testkit.klara.KlaraJson.error;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;

/**
 * The outcome of Klara's API-key check for one request: the key, or the 401 to answer (missing key, unknown or
 * revoked key in the configured {@link KlaraUnauthorizedShape}, missing scope).
 */
final class KlaraAuth {
  final @Nullable StoredKey key;
  final @Nullable FakeResponse error;

  private KlaraAuth(@Nullable StoredKey key, @Nullable FakeResponse error) {
    this.key = key;
    this.error = error;
  }

  /** Checks the request's {@code Authorization: Bearer} key and that it has {@code scope}. */
  static KlaraAuth check(KlaraStore store, FakeRequest r, String scope) {
    String header = r.header("Authorization");
    String token = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = header.substring(7).trim();
    }
    if (token == null || token.isEmpty()) {
      return failed(error(401, "Missing API key"));
    }
    StoredKey key = store.key(token);
    if (key == null || key.revoked) {
      if (store.unauthorizedShape() == KlaraUnauthorizedShape.UNAUTHORIZED_WITH_MESSAGE) {
        ObjectNode body = Json.object();
        body.put("error", "unauthorized");
        body.put("message", "Invalid or expired API key");
        return failed(FakeResponse.json(401, body));
      }
      return failed(error(401, "Invalid API key"));
    }
    if (!key.scopes.contains(scope)) {
      return failed(error(401, "API key missing required scopes: " + scope));
    }
    return new KlaraAuth(key, null);
  }

  private static KlaraAuth failed(FakeResponse error) {
    return new KlaraAuth(null, error);
  }
}
