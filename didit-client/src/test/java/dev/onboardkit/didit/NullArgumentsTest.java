package dev.onboardkit.didit;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ClientOptions;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.retry.Sleeper;
import dev.onboardkit.core.support.NullArgumentHarness;
import dev.onboardkit.didit.internal.AccountFixtures;
import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.didit.applications.DiditApplicationUpdate;
import dev.onboardkit.didit.applications.DiditCreateApplicationRequest;
import dev.onboardkit.didit.internal.ManagedSession;
import dev.onboardkit.didit.support.TestClients;
import dev.onboardkit.didit.support.VerificationNullSupport;
import java.lang.reflect.Executable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls every public method and constructor of the Didit client (outside {@code internal}) with null in each
 * reference parameter, one at a time, the other arguments valid. Every call must return normally (null is documented
 * as accepted) or throw {@link InvalidRequestException}, and nothing may ever fail with a
 * {@link NullPointerException}. A builder setter given null is followed by {@code build()}, which must report the
 * null instead of throwing.
 */
class NullArgumentsTest {
  static final String EMAIL = "ops@acme.io";
  static final String TOKENS = "{\"access_token\":\"acc-12345\",\"expires_in\":3600}";
  static final String APP = "{\"uuid\":\"a1\",\"name\":\"n\",\"client_id\":\"c\",\"api_key\":\"k-12345\"}";

  private final MockWebServer server = new MockWebServer();
  private final TestClients t = new TestClients();
  private final NullArgumentHarness harness =
      new NullArgumentHarness(DiditAuthClient.class, 30, true);
  private DiditAuthClient client;
  private DiditClient verification;
  private ClientRuntime runtime;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        MockResponse standaloneAnswer = dev.onboardkit.didit.support.StandaloneNullSupport.answer(r);
        MockResponse verificationAnswer = standaloneAnswer != null ? standaloneAnswer
            : VerificationNullSupport.answer(r);
        if (verificationAnswer != null) {
          return verificationAnswer;
        }
        String path = r.getTarget();
        if (path.endsWith("/programmatic/login/") || path.endsWith("/2fa/verify/")) {
          return json(200, TOKENS);
        }
        if (path.endsWith("/programmatic/register/")) {
          return json(201, "{\"message\":\"ok\",\"email\":\"ops@acme.io\"}");
        }
        if (path.endsWith("/programmatic/verify-email/")) {
          return json(200, "{\"access_token\":\"acc-12345\",\"organization\":{\"uuid\":\"o1\",\"name\":\"n\"},"
              + "\"application\":{\"uuid\":\"a1\",\"name\":\"n\",\"client_id\":\"c\",\"api_key\":\"k-12345\"}}");
        }
        if (path.endsWith("/programmatic/resend-otp/")) {
          return json(200, "{\"message\":\"sent\"}");
        }
        if (path.endsWith("/organizations/me/") || (r.getMethod().equals("GET") && path.endsWith("/applications/"))) {
          return json(200, "[]");
        }
        return json(r.getMethod().equals("POST") ? 201 : 200, APP);
      }
    });
    server.start();
    client = t.builder(server).accessToken("tok-12345").build();
    verification = verificationBuilder().build();
    runtime = ClientRuntime.create(ClientOptions.builder().baseUrl(t.baseUrl(server)).build(), "didit-client",
        dev.onboardkit.didit.internal.DiditVendor.PROFILE);
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
    client.close();
    verification.close();
    runtime.close();
    server.close();
  }

  /** A fresh receiver for each public type with instance methods that take arguments. */
  private Map<Class<?>, Supplier<Object>> receivers() {
    Map<Class<?>, Supplier<Object>> r = new HashMap<>();
    r.put(DiditAuthClient.class, () -> client);
    r.put(DiditAuthClient.Builder.class, () -> t.builder(server));
    r.put(DiditAuthClientAsync.class, () -> client.async());
    r.put(DiditErrorClassifier.class, () -> DiditErrorClassifier.INSTANCE);
    r.put(dev.onboardkit.didit.account.DiditAccountService.class, () -> client.account());
    r.put(dev.onboardkit.didit.account.DiditAccountService.WithRawResponse.class,
        () -> client.account().withRawResponse());
    r.put(dev.onboardkit.didit.account.DiditAccountServiceAsync.class, () -> client.async().account());
    r.put(dev.onboardkit.didit.account.DiditAccountServiceAsync.WithRawResponse.class,
        () -> client.async().account().withRawResponse());
    r.put(dev.onboardkit.didit.organizations.DiditOrganizationService.class, () -> client.organizations());
    r.put(dev.onboardkit.didit.organizations.DiditOrganizationService.WithRawResponse.class,
        () -> client.organizations().withRawResponse());
    r.put(dev.onboardkit.didit.organizations.DiditOrganizationServiceAsync.class, () -> client.async().organizations());
    r.put(dev.onboardkit.didit.organizations.DiditOrganizationServiceAsync.WithRawResponse.class,
        () -> client.async().organizations().withRawResponse());
    r.put(dev.onboardkit.didit.applications.DiditApplicationService.class, () -> client.applications("org-1"));
    r.put(dev.onboardkit.didit.applications.DiditApplicationService.WithRawResponse.class,
        () -> client.applications("org-1").withRawResponse());
    r.put(dev.onboardkit.didit.applications.DiditApplicationServiceAsync.class,
        () -> client.async().applications("org-1"));
    r.put(dev.onboardkit.didit.applications.DiditApplicationServiceAsync.WithRawResponse.class,
        () -> client.async().applications("org-1").withRawResponse());
    r.put(DiditCreateApplicationRequest.class, NullArgumentsTest::createRequest);
    r.put(DiditCreateApplicationRequest.Builder.class, () -> DiditCreateApplicationRequest.builder().from(createRequest()));
    r.put(DiditApplicationUpdate.class, NullArgumentsTest::update);
    r.put(DiditApplicationUpdate.Builder.class, () -> DiditApplicationUpdate.builder().name("n"));
    r.put(DiditLoginResult.class, () -> AccountFixtures.loginResult(TOKENS));
    r.put(ManagedSession.class, () -> ManagedSession.create(EMAIL, Secret.of("pw"), Clock.systemUTC(), login()));
    VerificationNullSupport.receivers(r, verification, this::verificationBuilder);
    dev.onboardkit.didit.support.StandaloneNullSupport.receivers(r, verification);
    return r;
  }

  private DiditClient.Builder verificationBuilder() {
    return DiditClient.builder().baseUrl(URI.create(server.url("/v3").toString())).apiKey("key-12345")
        .maxRetries(0);
  }

  /** Valid arguments, by parameter type, for the parameters that are not null in a call. */
  private Object sample(Class<?> type) {
    Map<Class<?>, Object> s = new HashMap<>();
    s.put(String.class, EMAIL); // a valid email, password, id and one-time code alike
    s.put(String[].class, new String[] {"https://acme.example/cb"});
    s.put(Object.class, "x");
    s.put(Secret.class, Secret.of("tmp-12345"));
    s.put(URI.class, t.baseUrl(server));
    s.put(Map.class, Map.of());
    s.put(Iterable.class, List.of());
    s.put(List.class, List.of());
    s.put(Consumer.class, (Consumer<Object>) o -> { });
    s.put(Supplier.class, (Supplier<String>) () -> "tok-12345");
    s.put(Function.class, Function.identity());
    s.put(RequestOptions.class, RequestOptions.none());
    s.put(Timeouts.class, Timeouts.none());
    s.put(Duration.class, Duration.ofSeconds(1));
    s.put(Clock.class, Clock.systemUTC());
    s.put(Sleeper.class, Sleeper.system());
    s.put(DoubleSupplier.class, (DoubleSupplier) () -> 0.0);
    s.put(LoggingOptions.class, LoggingOptions.defaults());
    s.put(OkHttpClient.class, new OkHttpClient());
    s.put(ClientRuntime.class, runtime);
    s.put(Credential.class, Credential.bearer(Secret.of("tok-12345")));
    s.put(ManagedSession.Login.class, login());
    s.put(DiditCreateApplicationRequest.class, createRequest());
    s.put(DiditApplicationUpdate.class, update());
    s.putAll(VerificationNullSupport.samples());
    s.putAll(dev.onboardkit.didit.support.StandaloneNullSupport.samples());
    if (!s.containsKey(type)) {
      throw new AssertionError("no sample argument of type " + type.getName() + "; add one");
    }
    return s.get(type);
  }

  static DiditCreateApplicationRequest createRequest() {
    return DiditCreateApplicationRequest.builder().name("Acme").websiteUrl("https://acme.example")
        .addRedirectUris("https://acme.example/cb").termsUrl("https://acme.example/terms")
        .privacyUrl("https://acme.example/privacy").description("d").build();
  }

  static DiditApplicationUpdate update() {
    return DiditApplicationUpdate.builder().name("n2").clearTermsUrl().build();
  }

  static ManagedSession.Login login() {
    return new ManagedSession.Login() {
      @Override
      public DiditLoginResult login(String email, Secret password) {
        return AccountFixtures.loginResult(TOKENS);
      }

      @Override
      public CompletableFuture<DiditLoginResult> loginAsync(String email, Secret password) {
        return CompletableFuture.completedFuture(login(email, password));
      }
    };
  }

  /** Exceptions other than InvalidRequestException that the javadoc documents for a null argument. */
  private static Optional<Class<? extends Throwable>> documented(Executable e) {
    return VerificationNullSupport.documented(e);
  }

  @Test
  void noPublicMethodThrowsANullPointerExceptionForANullArgument() throws Exception {
    Set<String> covered = new TreeSet<>();
    List<String> failures = harness.callEachWithNull(
        receivers(), this::sample, NullArgumentsTest::documented, client, covered);
    assertEquals(List.of(), failures, String.join("\n", failures));
    for (String expected : List.of(
        "DiditAuthClient.withOptions(Consumer)",
        "DiditAuthClient.applications(String)",
        "DiditAuthClient.Builder.credentials(String,String)",
        "DiditAuthClient.Builder.timeouts(Timeouts)",
        "DiditCreateApplicationRequest.Builder.name(String)",
        "DiditCreateApplicationRequest.Builder.addRedirectUris(String[])",
        "DiditCreateApplicationRequest.Builder.addAllRedirectUris(Iterable)",
        "DiditCreateApplicationRequest.Builder.from(DiditCreateApplicationRequest)",
        "DiditApplicationUpdate.Builder.redirectUris(List)",
        "DiditLoginResult.fold(Function,Function)",
        "DiditAccountService.login(String,String,RequestOptions)",
        "DiditAccountServiceAsync.WithRawResponse.verifyTwoFactor(Secret,String,RequestOptions)",
        "DiditApplicationServiceAsync.update(String,DiditApplicationUpdate,RequestOptions)",
        "DiditErrorClassifier.classify(int,ErrorBody)",
        "DiditPasswordPolicy.unmetRules(String)",
        "DiditLoginResult.ofTokens(DiditTokens)",
        "DiditAuthClient.Builder.fromEnv(Map)",
        "DiditClient.withOptions(Consumer)",
        "DiditClient.Builder.apiKey(Secret)",
        "DiditClient.Builder.fromEnv(Map)",
        "DiditSessionService.create(DiditCreateSessionRequest,RequestOptions)",
        "DiditSessionServiceAsync.WithRawResponse.deleteMany(List,RequestOptions)",
        "DiditSessionWebhookService.retrieve(String,String)",
        "DiditWorkflowService.update(String,DiditWorkflowUpdate)",
        "DiditWebhookDestinationServiceAsync.delivery(String,String,RequestOptions)",
        "DiditWebhookService.updateSettings(DiditWebhookSettingsUpdate)",
        "DiditSystemService.healthCheck(RequestOptions)",
        "DiditCreateSessionRequest.Builder.contactDetails(DiditContactDetails)",
        "DiditCreateWorkflowRequest.Builder.features(DiditWorkflowNode[])",
        "DiditWorkflowNode.of(DiditWorkflowFeature,Map)",
        "DiditNodeToResubmit.of(String,String)",
        "DiditWebhooks.verifyAndParse(byte[],Map)",
        "DiditWebhooks.verifyAndParse(byte[],String,String,String,String)",
        "DiditVerifiedWebhook(DiditWebhookEvent,DiditWebhookSignature)",
        "DiditSessionPdf.of(byte[],String)",
        "DiditVerificationErrorClassifier.classify(int,ErrorBody)")) {
      assertTrue(covered.contains(expected), expected + " was not called; covered: " + covered);
    }
  }

  @Test
  void requestBuildersHaveNoOptionalSetters() throws Exception {
    assertEquals(List.of(), harness.optionalBuilderSetters());
  }
}
