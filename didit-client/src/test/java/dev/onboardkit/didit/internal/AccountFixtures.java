package dev.onboardkit.didit.internal;

import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.core.http.HttpResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds account result values from JSON, through the same decoders the client uses. */
public final class AccountFixtures {
  private AccountFixtures() {}

  public static DiditLoginResult loginResult(String json) {
    try {
      return AccountEndpoints.LOGIN.decode(
          new HttpResponse(200, Headers.empty(), json.getBytes(StandardCharsets.UTF_8), false, null, 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
