package dev.onboardkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.retry.Sleeper;
import dev.onboardkit.core.support.NullArgumentHarness;
import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.klara.applications.KlaraApplicationStatus;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraDecisionType;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import dev.onboardkit.klara.applications.KlaraPrimaryContact;
import dev.onboardkit.klara.applications.KlaraRecordDecisionRequest;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequest;
import dev.onboardkit.klara.support.TestKlara;
import dev.onboardkit.klara.webhooks.KlaraWebhooks;
import java.lang.reflect.Executable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Calls every public method and constructor of the Klara client (outside {@code internal}) with null in each
 * reference parameter, one at a time, the other arguments valid. Every call must return normally (null is documented
 * as accepted) or throw {@link InvalidRequestException}, apart from the few documented exceptions listed below, and
 * nothing may ever fail with a {@link NullPointerException}. A builder setter given null is followed by
 * {@code build()}, which must report the null instead of throwing a {@code NullPointerException}.
 */
class NullArgumentsTest {
  private static final String CREATED = "{\"application_id\":\"550e8400-e29b-41d4-a716-446655440000\","
      + "\"link\":\"https://app.klara-ai.com/external/acme-corp/application/ABC123\",\"participants\":[]}";

  private final TestKlara t = new TestKlara();
  private final NullArgumentHarness harness =
      new NullArgumentHarness(KlaraClient.class, 40, true);

  NullArgumentsTest() {
    t.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        String path = r.getTarget();
        if (path.endsWith("/pre-auth")) {
          return TestKlara.json(201, "{\"pre_auth_code\":\"R4T8W2X6Y9Z1A3B5\",\"link\":\"https://x.example/a\","
              + "\"expires_at\":\"2026-03-05T14:30:00Z\",\"participant_id\":\"p1\",\"already_verified\":false}");
        }
        if (path.endsWith("/decision")) {
          return TestKlara.json(201, "{\"success\":true}");
        }
        if (path.contains("/documents/")) {
          return TestKlara.json(200,
              "{\"url\":\"https://x.example/d.pdf\",\"file_name\":\"d.pdf\",\"file_type\":\"application/pdf\"}");
        }
        if (path.endsWith("/rfi-requests")) {
          return TestKlara.json(201, "{\"request_id\":\"r1\",\"link\":\"https://x.example/r\",\"status\":\"active\"}");
        }
        if (r.getMethod().equals("POST")) {
          return TestKlara.json(201, CREATED);
        }
        if (path.startsWith("/api/external/applications?") || path.equals("/api/external/applications")) {
          return TestKlara.json(200, "{\"applications\":[],\"has_more\":false}");
        }
        return TestKlara.json(200, "{\"id\":\"x\",\"status\":\"sent\",\"created_at\":\"2026-03-01T09:00:00Z\"}");
      }
    });
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
    t.close();
  }

  /** A fresh receiver for each public type with instance methods that take arguments. */
  private Map<Class<?>, Supplier<Object>> receivers() {
    Map<Class<?>, Supplier<Object>> r = new HashMap<>();
    r.put(KlaraClient.class, () -> t.klara);
    r.put(KlaraClient.Builder.class, () -> KlaraClient.builder().apiKey(TestKlara.API_KEY)
        .baseUrl(URI.create(t.server.url("/api/external").toString())));
    r.put(KlaraApiKey.class, () -> KlaraApiKey.parse(TestKlara.API_KEY));
    r.put(KlaraErrorClassifier.class, () -> KlaraErrorClassifier.INSTANCE);
    r.put(dev.onboardkit.klara.applications.KlaraApplicationService.class, () -> t.klara.applications());
    r.put(dev.onboardkit.klara.applications.KlaraApplicationService.WithRawResponse.class,
        () -> t.klara.applications().withRawResponse());
    r.put(dev.onboardkit.klara.applications.KlaraDocumentService.class, () -> t.klara.applications().documents());
    r.put(dev.onboardkit.klara.applications.KlaraDocumentService.WithRawResponse.class,
        () -> t.klara.applications().withRawResponse().documents());
    r.put(dev.onboardkit.klara.applications.KlaraApplicationServiceAsync.class, () -> t.klara.async().applications());
    r.put(dev.onboardkit.klara.applications.KlaraApplicationServiceAsync.WithRawResponse.class,
        () -> t.klara.async().applications().withRawResponse());
    r.put(dev.onboardkit.klara.applications.KlaraDocumentServiceAsync.class,
        () -> t.klara.async().applications().documents());
    r.put(dev.onboardkit.klara.applications.KlaraDocumentServiceAsync.WithRawResponse.class,
        () -> t.klara.async().applications().withRawResponse().documents());
    r.put(dev.onboardkit.klara.rfi.KlaraRfiRequestService.class, () -> t.klara.rfiRequests());
    r.put(dev.onboardkit.klara.rfi.KlaraRfiRequestService.WithRawResponse.class,
        () -> t.klara.rfiRequests().withRawResponse());
    r.put(dev.onboardkit.klara.rfi.KlaraRfiRequestServiceAsync.class, () -> t.klara.async().rfiRequests());
    r.put(dev.onboardkit.klara.rfi.KlaraRfiRequestServiceAsync.WithRawResponse.class,
        () -> t.klara.async().rfiRequests().withRawResponse());
    r.put(KlaraCreateApplicationRequest.class, NullArgumentsTest::application);
    r.put(KlaraCreateApplicationRequest.Builder.class, () -> KlaraCreateApplicationRequest.builder().from(application()));
    r.put(KlaraPrimaryContact.class, NullArgumentsTest::contact);
    r.put(KlaraPrimaryContact.Builder.class, () -> KlaraPrimaryContact.builder().from(contact()));
    r.put(KlaraListApplicationsParams.class, KlaraListApplicationsParams::none);
    r.put(KlaraListApplicationsParams.Builder.class, () -> KlaraListApplicationsParams.builder().limit(10));
    r.put(KlaraRecordDecisionRequest.class, NullArgumentsTest::decision);
    r.put(KlaraRecordDecisionRequest.Builder.class, () -> KlaraRecordDecisionRequest.builder().from(decision()));
    r.put(KlaraCreateRfiRequest.class, NullArgumentsTest::rfi);
    r.put(KlaraCreateRfiRequest.Builder.class, () -> KlaraCreateRfiRequest.builder().from(rfi()));
    r.put(KlaraWebhooks.class, () -> KlaraWebhooks.builder().secret("whsec").build());
    r.put(KlaraWebhooks.Builder.class, () -> KlaraWebhooks.builder().secret("whsec"));
    return r;
  }

  /** Valid arguments, by parameter type, for the parameters that are not null in a call. */
  private Object sample(Class<?> type) {
    Map<Class<?>, Object> s = new HashMap<>();
    s.put(String.class, "x");
    s.put(String[].class, new String[] {"x"});
    s.put(Object.class, "x");
    s.put(byte[].class, new byte[0]);
    s.put(Secret.class, Secret.of("x"));
    s.put(URI.class, URI.create(t.server.url("/api/external").toString()));
    s.put(Map.class, Map.of());
    s.put(Map.Entry.class, Map.entry("k", "v"));
    s.put(Iterable.class, List.of());
    s.put(List.class, List.of());
    s.put(Optional.class, Optional.empty());
    s.put(Consumer.class, (Consumer<Object>) o -> { });
    s.put(RequestOptions.class, RequestOptions.none());
    s.put(Timeouts.class, Timeouts.none());
    s.put(Duration.class, Duration.ofSeconds(1));
    s.put(Instant.class, Instant.EPOCH);
    s.put(Clock.class, Clock.systemUTC());
    s.put(Sleeper.class, Sleeper.system());
    s.put(DoubleSupplier.class, (DoubleSupplier) () -> 0.0);
    s.put(LoggingOptions.class, LoggingOptions.defaults());
    s.put(OkHttpClient.class, new OkHttpClient());
    s.put(Boolean.class, Boolean.TRUE);
    s.put(Integer.class, 10);
    s.put(KlaraApplicationStatus.class, KlaraApplicationStatus.SUBMITTED);
    s.put(KlaraDecisionType.class, KlaraDecisionType.APPROVED);
    s.put(KlaraEnvironment.class, KlaraEnvironment.SANDBOX);
    s.put(KlaraCreateApplicationRequest.class, application());
    s.put(KlaraPrimaryContact.class, contact());
    s.put(KlaraListApplicationsParams.class, KlaraListApplicationsParams.none());
    s.put(KlaraRecordDecisionRequest.class, decision());
    s.put(KlaraCreateRfiRequest.class, rfi());
    if (!s.containsKey(type)) {
      throw new AssertionError("no sample argument of type " + type.getName() + "; add one");
    }
    return s.get(type);
  }

  static KlaraCreateApplicationRequest application() {
    return KlaraCreateApplicationRequest.builder().configId("kyc-standard").primaryContact(contact())
        .companyName("Acme Financial Ltd").companyNumber("12345678").country("GB").preAuth(true).build();
  }

  static KlaraPrimaryContact contact() {
    return KlaraPrimaryContact.of("Sophie Mitchell", "sophie@acme.com", "CEO");
  }

  static KlaraRecordDecisionRequest decision() {
    return KlaraRecordDecisionRequest.builder().type(KlaraDecisionType.APPROVED).timestamp(Instant.EPOCH).putData("k", 1)
        .build();
  }

  static KlaraCreateRfiRequest rfi() {
    return KlaraCreateRfiRequest.builder().companyName("Acme").country("GB").companyNumber("SC123456")
        .primaryContact(contact()).agentId("880e8400-e29b-41d4-a716-446655440003").preAuthenticated(true).build();
  }

  /** Exceptions other than InvalidRequestException that the javadoc documents for a null argument. */
  private static Optional<Class<? extends Throwable>> documented(Executable e) {
    if (e.getDeclaringClass() == KlaraWebhooks.class && e.getName().startsWith("verify")) {
      return Optional.of(WebhookVerificationException.class); // a null header or body means "absent"
    }
    return Optional.empty();
  }

  @Test
  void noPublicMethodThrowsANullPointerExceptionForANullArgument() throws Exception {
    Set<String> covered = new TreeSet<>();
    List<String> failures = harness.callEachWithNull(
        receivers(), this::sample, NullArgumentsTest::documented, t.klara, covered);
    assertEquals(List.of(), failures, String.join("\n", failures));
    for (String expected : List.of(
        "KlaraCreateApplicationRequest.Builder.companyNumber(String)",
        "KlaraCreateApplicationRequest.Builder.preAuth(Boolean)",
        "KlaraCreateApplicationRequest.Builder.from(KlaraCreateApplicationRequest)",
        "KlaraPrimaryContact.Builder.role(String)",
        "KlaraListApplicationsParams.Builder.status(KlaraApplicationStatus)",
        "KlaraListApplicationsParams.withCursor(String)",
        "KlaraRecordDecisionRequest.Builder.data(Map)",
        "KlaraRecordDecisionRequest.Builder.putData(String,Object)",
        "KlaraRecordDecisionRequest.Builder.putData(Entry)",
        "KlaraRecordDecisionRequest.Builder.putAllData(Map)",
        "KlaraCreateRfiRequest.Builder.agentId(String)",
        "KlaraClient.withOptions(Consumer)",
        "KlaraClient.Builder.fromEnv(Map)",
        "KlaraWebhooks.sign(byte[],long)",
        "KlaraApplicationService.create(KlaraCreateApplicationRequest,RequestOptions)",
        "KlaraApplicationServiceAsync.WithRawResponse.list(KlaraListApplicationsParams,RequestOptions)",
        "KlaraRfiRequestServiceAsync.create(KlaraCreateRfiRequest)")) {
      assertTrue(covered.contains(expected), expected + " was not called; covered: " + covered);
    }
  }

  @Test
  void requestBuildersHaveNoOptionalSetters() throws Exception {
    assertEquals(List.of(), harness.optionalBuilderSetters());
  }
}
