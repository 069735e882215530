package dev.onboardkit.benchmarks;

import dev.onboardkit.core.internal.http.UserAgent;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import java.net.URI;
import okhttp3.OkHttpClient;

/**
 * Builds the sides of a comparison over the same kind of OkHttp client. Its only static work is the User-Agent text
 * (which the SDK computes anyway), so the SDK's cold-start programs may use it.
 */
final class Sides {
  static final String KLARA_USER_AGENT = UserAgent.of("klara-client", null);
  static final String DIDIT_USER_AGENT = UserAgent.of("didit-client", null);

  private Sides() {}

  static KlaraClient klara(OkHttpClient http, String baseUrl) {
    return KlaraClient.builder().apiKey(Canned.KLARA_KEY).baseUrl(URI.create(baseUrl)).okHttpClient(http).build();
  }

  static BaselineKlara baselineKlara(OkHttpClient http, String baseUrl) {
    return new BaselineKlara(http, baseUrl, Canned.KLARA_KEY, KLARA_USER_AGENT);
  }

  static DiditAuthClient didit(OkHttpClient http, String baseUrl) {
    return DiditAuthClient.builder().accessToken(Canned.DIDIT_TOKEN).baseUrl(URI.create(baseUrl)).okHttpClient(http)
        .build();
  }

  static BaselineDidit baselineDidit(OkHttpClient http, String baseUrl) {
    return new BaselineDidit(http, baseUrl, Canned.DIDIT_ORG, Canned.DIDIT_TOKEN, DIDIT_USER_AGENT);
  }

  static GeneratedDidit generatedDidit(OkHttpClient http, String baseUrl) {
    return new GeneratedDidit(http, baseUrl, Canned.DIDIT_ORG, Canned.DIDIT_TOKEN, DIDIT_USER_AGENT);
  }

  /** The SDK's request for the documented create-application example, built (and validated) per call. */
  static KlaraCreateApplicationRequest klaraRequest() {
    return KlaraCreateApplicationRequest.builder()
        .configId("kyc-standard")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO")
        .companyName("Acme Financial Ltd")
        .companyNumber("12345678")
        .country("GB")
        .preAuth(true)
        .build();
  }

  static dev.onboardkit.didit.applications.DiditCreateApplicationRequest diditRequest() {
    return dev.onboardkit.didit.applications.DiditCreateApplicationRequest.builder()
        .name("Acme Customer App")
        .websiteUrl("https://acme.example")
        .addRedirectUris("https://acme.example/callback")
        .termsUrl("https://acme.example/terms")
        .privacyUrl("https://acme.example/privacy")
        .build();
  }
}
