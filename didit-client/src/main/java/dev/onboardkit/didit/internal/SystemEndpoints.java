package dev.onboardkit.didit.internal;

import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.system.DiditHealth;

/** The Verification API's system endpoints. Obtain it with {@code client.system()}. Thread-safe. */
@ServiceSpec(api = "dev.onboardkit.didit.system", name = "DiditSystemService", operations = "didit.system")
public final class SystemEndpoints {
  /** Creates the definitions. */
  public SystemEndpoints() {}

  /**
   * Checks that the API is up ({@code GET /system/healthcheck}, unauthenticated: the API key is not sent). It is
   * sent without a trailing slash, and once more with one if the server answers 404 or a redirect.
   *
   * @return the answer; any successful status means healthy
   */
  @Endpoint
  ApiOperation<DiditHealth> healthCheck() {
    ApiOperation<DiditHealth> withSlash = ApiOperation.builder(HttpMethod.GET, VerificationDecoders.HEALTH)
        .constantPath("/system/healthcheck/")
        .authenticated(false)
        .build();
    return ApiOperation.builder(HttpMethod.GET, VerificationDecoders.HEALTH)
        .constantPath("/system/healthcheck")
        .authenticated(false)
        .fallback(withSlash)
        .build();
  }
}
