package dev.onboardkit.benchmarks;

import dev.onboardkit.benchmarks.generated.ApiClient;
import dev.onboardkit.benchmarks.generated.ApiException;
import dev.onboardkit.benchmarks.generated.api.AccountManagementApi;
import dev.onboardkit.benchmarks.generated.model.Application;
import dev.onboardkit.benchmarks.generated.model.ApplicationCreateRequest;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The third side: Didit create-application through the client openapi-generator builds from Didit's OpenAPI excerpt
 * ({@code src/main/openapi}, library okhttp-gson, generated at build time). Configured as a user would, through its
 * public API, to send the same method, URL, body and headers as the other two sides.
 */
final class GeneratedDidit {
  private final AccountManagementApi api;
  private final String orgId;

  GeneratedDidit(OkHttpClient http, String baseUrl, String orgId, String token, String userAgent) {
    ApiClient client = new ApiClient(http)
        .setBasePath(baseUrl)
        .setUserAgent(userAgent)
        .addDefaultHeader("X-Retry-Count", "0");
    client.setBearerToken(token);
    this.api = new AccountManagementApi(client);
    this.orgId = orgId;
  }

  Application create(ApplicationCreateRequest body) throws ApiException {
    return api.createOrganizationApplication(orgId, body);
  }

  /** The documented example request, built per call as the other sides build theirs. */
  static ApplicationCreateRequest sampleBody() {
    return new ApplicationCreateRequest()
        .name("Acme Customer App")
        .websiteUrl("https://acme.example")
        .redirectUris(List.of("https://acme.example/callback"))
        .termsUrl("https://acme.example/terms")
        .privacyUrl("https://acme.example/privacy");
  }
}
