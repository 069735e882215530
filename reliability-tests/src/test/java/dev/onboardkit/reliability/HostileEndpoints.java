package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.paging.CursorPage;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.applications.DiditApplicationUpdate;
import dev.onboardkit.didit.applications.DiditCreateApplicationRequest;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraDecisionType;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import dev.onboardkit.klara.applications.KlaraRecordDecisionRequest;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequest;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Every response decoder of the three clients as a callable: the 17 endpoints of Klara (7) and the Didit Auth API
 * (10), and those of the Didit Verification API ({@link VerificationEndpoints}), each with valid arguments, blocking or
 * async. The hostile-response tests point the clients at a scripted transport and call these.
 */
final class HostileEndpoints {
  /** One endpoint of one client, callable blocking or async; the arguments are valid, the transport is scripted. */
  interface Endpoint {
    Object call(KlaraClient klara, DiditAuthClient didit, DiditClient verification, boolean async) throws Exception;
  }

  /** The endpoints by name, in a fixed order. */
  static final Map<String, Endpoint> ALL = Collections.unmodifiableMap(endpoints());

  private HostileEndpoints() {}

  private static Map<String, Endpoint> endpoints() {
    Map<String, Endpoint> all = new LinkedHashMap<>();
    KlaraCreateApplicationRequest klaraCreate = KlaraCreateApplicationRequest.builder().configId("kyc-standard")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO").companyName("Acme").country("IE").preAuth(true)
        .build();
    KlaraCreateRfiRequest rfi = KlaraCreateRfiRequest.builder().companyName("Acme").country("IE")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", null).preAuthenticated(true).build();
    DiditCreateApplicationRequest diditCreate = DiditCreateApplicationRequest.builder().name("Customer")
        .websiteUrl("https://customer.example.com").build();
    DiditApplicationUpdate update = DiditApplicationUpdate.builder().name("Renamed").build();
    KlaraRecordDecisionRequest decision =
        KlaraRecordDecisionRequest.of(KlaraDecisionType.APPROVED, Instant.parse("2026-01-15T10:00:00Z"));
    all.put("klara create application", (k, d, v, a) -> a ? k.async().applications().create(klaraCreate)
        : k.applications().create(klaraCreate));
    all.put("klara refresh pre-auth", (k, d, v, a) -> a ? k.async().applications().refreshPreAuth("app-1")
        : k.applications().refreshPreAuth("app-1"));
    all.put("klara retrieve application", (k, d, v, a) -> a ? k.async().applications().retrieve("app-1")
        : k.applications().retrieve("app-1"));
    all.put("klara list applications", (k, d, v, a) -> {
      Object page = a ? k.async().applications().list(KlaraListApplicationsParams.none())
          : k.applications().list(KlaraListApplicationsParams.none());
      if (page instanceof CursorPage) {
        drainAutoPager((CursorPage<?>) page);
      }
      return page;
    });
    all.put("klara record decision", (k, d, v, a) -> a ? k.async().applications().recordDecision("app-1", decision)
        : k.applications().recordDecision("app-1", decision));
    all.put("klara document download", (k, d, v, a) -> a
        ? k.async().applications().documents().retrieve("app-1", "doc-1")
        : k.applications().documents().retrieve("app-1", "doc-1"));
    all.put("klara create rfi request", (k, d, v, a) -> a ? k.async().rfiRequests().create(rfi)
        : k.rfiRequests().create(rfi));
    all.put("didit register", (k, d, v, a) -> a ? d.async().account().register("new@acme.io", "Str0ng!Passw0rd")
        : d.account().register("new@acme.io", "Str0ng!Passw0rd"));
    all.put("didit verify email", (k, d, v, a) -> a ? d.async().account().verifyEmail("new@acme.io", "ABC123")
        : d.account().verifyEmail("new@acme.io", "ABC123"));
    all.put("didit resend code", (k, d, v, a) -> a ? d.async().account().resendCode("new@acme.io")
        : d.account().resendCode("new@acme.io"));
    all.put("didit login", (k, d, v, a) -> a ? d.async().account().login("new@acme.io", "Str0ng!Passw0rd")
        : d.account().login("new@acme.io", "Str0ng!Passw0rd"));
    all.put("didit verify 2fa", (k, d, v, a) -> a
        ? d.async().account().verifyTwoFactor(Secret.of("temp-token-1"), "123456")
        : d.account().verifyTwoFactor(Secret.of("temp-token-1"), "123456"));
    all.put("didit list organizations", (k, d, v, a) -> a ? d.async().organizations().list()
        : d.organizations().list());
    all.put("didit create application", (k, d, v, a) -> a ? d.async().applications("org-1").create(diditCreate)
        : d.applications("org-1").create(diditCreate));
    all.put("didit list applications", (k, d, v, a) -> a ? d.async().applications("org-1").list()
        : d.applications("org-1").list());
    all.put("didit retrieve application", (k, d, v, a) -> a ? d.async().applications("org-1").retrieve("app-1")
        : d.applications("org-1").retrieve("app-1"));
    all.put("didit update application", (k, d, v, a) -> a ? d.async().applications("org-1").update("app-1", update)
        : d.applications("org-1").update("app-1", update));
    VerificationEndpoints.addTo(all);
    StandaloneEndpoints.addTo(all);
    PlatformEndpoints.addTo(all);
    return all;
  }

  /**
   * The scripted transport answers every page fetch with the same body: a page that says more follow under a cursor
   * must end in the auto-pager's repeated-cursor error, never in a loop; a next-page link the client refuses to
   * follow (another host, outside the base path) ends it with that refusal.
   */
  static void drainAutoPager(CursorPage<?> page) {
    int n = 0;
    try {
      for (Object item : page.autoPager()) {
        assertNotNull(item);
        if (++n > 10_000) {
          fail("the auto-pager did not stop");
        }
      }
    } catch (OnboardKitException e) {
      String message = String.valueOf(e.getMessage());
      if (e instanceof ApiException || e instanceof ResponseDecodingException
          || !(message.contains("already returned") || message.contains("link to the next page"))) {
        throw e;
      }
    }
  }

  /** Waits for an async endpoint's future; returns a blocking endpoint's result as is. */
  static Object await(Object result) throws Exception {
    return result instanceof CompletableFuture ? ((CompletableFuture<?>) result).get(30, TimeUnit.SECONDS) : result;
  }

  /** Unwraps the exceptions a future wraps its failure in. */
  static Throwable unwrap(Throwable t) {
    while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
