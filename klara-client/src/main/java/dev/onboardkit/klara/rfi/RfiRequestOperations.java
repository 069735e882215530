package dev.onboardkit.klara.rfi;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ResponseDecoder;

/** The RFI request endpoints: paths, idempotency and decoders. */
final class RfiRequestOperations {
  private static final ResponseDecoder<KlaraCreateRfiRequestResponse> CREATED =
      ResponseDecoder.json(KlaraCreateRfiRequestResponse.class);

  private RfiRequestOperations() {}

  /**
   * {@code POST /rfi-requests}: creates something, so it is sent again only when the first attempt provably never
   * reached the server. Any response (429, 503, {@code X-Should-Retry: true}) is reported.
   */
  static ApiOperation<KlaraCreateRfiRequestResponse> create(@Nullable KlaraCreateRfiRequest request) {
    ApiOperation.Builder<KlaraCreateRfiRequestResponse> op = ApiOperation.builder(HttpMethod.POST, CREATED)
        .constantPath("/rfi-requests")
        .body(request)
        .idempotency(Idempotency.RETRY_UNSENT_ONLY);
    op.problems().requireNonNull("request", request);
    return op.build();
  }
}
