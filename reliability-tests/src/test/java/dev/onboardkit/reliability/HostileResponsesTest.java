package dev.onboardkit.reliability;

import static dev.onboardkit.reliability.HostileEndpoints.await;
import static dev.onboardkit.reliability.HostileEndpoints.unwrap;
import static dev.onboardkit.reliability.HostileOutcomes.MAX_RAW_BODY;
import static dev.onboardkit.reliability.HostileOutcomes.check;
import static dev.onboardkit.reliability.HostileResponseGenerator.TEN_MB;
import static dev.onboardkit.reliability.HostileResponseGenerator.generate;
import static dev.onboardkit.reliability.HostileResponseGenerator.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.HttpTransport;
import dev.onboardkit.core.internal.error.ErrorBodyDecoder;
import dev.onboardkit.core.retry.Sleeper;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.internal.DiditVendor;
import dev.onboardkit.didit.internal.DiditVerificationVendor;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.internal.KlaraVendor;
import dev.onboardkit.reliability.DocumentedBodies.Documented;
import dev.onboardkit.reliability.HostileEndpoints.Endpoint;
import dev.onboardkit.reliability.HostileOutcomes.Tally;
import dev.onboardkit.reliability.HostileResponseGenerator.Generated;
import dev.onboardkit.reliability.HostileResponseGenerator.Kind;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Item 4, hostile responses: a seeded property test feeding 10,000 generated responses through every response
 * decoder of the three clients (a custom {@link HttpTransport} hands each call the generated response) and the same bodies
 * straight into the {@link ErrorBodyDecoder} (with the endpoint's vendor's error shape): random bytes, truncated documented bodies, wrong types, deep nesting
 * (1,000 levels and more), 10 MB strings, wrong content types, HTML error pages, empty bodies, lying headers. Only
 * SDK exceptions come out, each with the status and a bounded body; nothing else (no NPE, no StackOverflowError, no
 * OutOfMemoryError) escapes. What only a socket can send is in {@link HostileSocketResponsesTest}.
 */
class HostileResponsesTest {
  /** The fuzz seed; {@code -Dreliability.seed=...} (through surefire's argLine) explores others. */
  static final long SEED = Long.getLong("reliability.seed", 0x0B0A4D_4B17L);
  static final int CASES = 10_000;

  static Sleeper noSleep() {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) {
        throw new AssertionError("no retry was expected (maxRetries 0), asked to wait " + duration);
      }

      @Override
      public CompletableFuture<Void> sleepAsync(Duration duration) {
        return CompletableFuture.failedFuture(new AssertionError("no retry was expected, asked to wait " + duration));
      }
    };
  }

  @Test
  void tenThousandGeneratedResponsesThroughEveryEndpointDecoderAndTheErrorDecoderYieldOnlyBoundedSdkExceptions()
      throws Exception {
    Map<String, Documented> documented = DocumentedBodies.capture();
    List<String> names = new ArrayList<>(HostileEndpoints.ALL.keySet());
    assertEquals(17 + 29 + 14 + 23 + 18, names.size(), "7 Klara, 10 Didit Auth API, 29 Didit Verification API"
        + " session, workflow and webhook endpoints, 14 standalone check, transaction and billing endpoints, 23 of"
        + " users, businesses, questionnaires, sharing and imports, and 18 of lists, image checks and customization"
        + " (the login decoder gets both of its body shapes)");
    ScriptedTransport scripted = new ScriptedTransport();
    Random rnd = new Random(SEED);
    Tally tally = new Tally();
    Map<Kind, Integer> kinds = new TreeMap<>();
    int tenMegabyteCases = 0;
    long start = System.nanoTime();
    try (KlaraClient klara = KlaraClient.builder().baseUrl(URI.create("https://klara.invalid/api/external"))
            .apiKey("klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF").transport(scripted)
            .maxRetries(0).sleeper(noSleep()).build();
        DiditAuthClient didit = DiditAuthClient.builder().baseUrl(URI.create("https://didit.invalid/auth/v2"))
            .accessToken("fuzz.access.token").transport(scripted).maxRetries(0).sleeper(noSleep()).build();
        DiditClient verification = DiditClient.builder().baseUrl(URI.create("https://verification.invalid/v3"))
            .apiKey("fuzz-api-key").transport(scripted).maxRetries(0).sleeper(noSleep()).build()) {
      for (int i = 0; i < CASES; i++) {
        // each endpoint gets runs of one case of every kind in turn, whatever the number of endpoints
        int run = i / Kind.values().length;
        String name = names.get(run % names.size());
        Documented doc = name.equals("didit login") && (run / names.size()) % 2 == 1
            ? documented.get("didit login (2fa challenge)") : documented.get(name);
        Generated g = generate(rnd, i, doc);
        kinds.merge(g.kind(), 1, Integer::sum);
        tenMegabyteCases += g.body().length >= TEN_MB ? 1 : 0;
        scripted.next = g.response();
        boolean async = i % 5 == 4;
        Object value = null;
        Throwable thrown = null;
        try {
          value = await(HostileEndpoints.ALL.get(name).call(klara, didit, verification, async));
        } catch (Throwable t) {
          thrown = t;
        }
        check(g, name, async, thrown, value, tally);

        ErrorBody decoded;
        try {
          decoded = ErrorBodyDecoder.decode(g.body(), g.headers().first("Content-Type").orElse(null),
              (name.startsWith("klara") ? KlaraVendor.PROFILE : name.startsWith(VerificationEndpoints.PREFIX)
                  ? DiditVerificationVendor.PROFILE : DiditVendor.PROFILE).errorShape());
        } catch (Throwable t) {
          throw new AssertionError("the error decoder threw for " + g.kind() + " " + g.body().length + " bytes", t);
        }
        assertNotNull(decoded);
        assertTrue(decoded.message().length() <= Math.max(MAX_RAW_BODY, g.body().length),
            g.kind() + ": " + decoded.message().length());
        assertNotNull(decoded.toString());
        tally.decoderCalls++;
      }
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(scripted.calls >= CASES, "every case reached the transport: " + scripted.calls);
    assertEquals(4, tenMegabyteCases);
    assertTrue(tally.outcomes.getOrDefault("decoded", 0) > CASES / 20, tally.outcomes.toString());
    assertTrue(tally.outcomes.getOrDefault("ResponseDecodingException", 0) > CASES / 10, tally.outcomes.toString());
    Figures.report(CASES + " generated responses ("
        + kinds + ", " + tenMegabyteCases + " of 10 MB) through " + names.size() + " endpoint decoders (1/5 async),"
        + " " + scripted.calls + " transport calls, outcomes " + tally.outcomes + ", " + tally.decoderCalls
        + " direct ErrorBodyDecoder calls, 0 non-SDK throwables; largest rawBody " + tally.maxRawBody
        + " chars (cap " + MAX_RAW_BODY + "), largest snippet " + tally.maxSnippet + " chars, longest message "
        + tally.maxMessage + " chars; run " + tookMs + " ms");
  }

  /**
   * Regression: a 2xx body that is the JSON literal {@code null} decoded to a null result on 12 of the 17 endpoints
   * (documented never to return null) and made the Klara list throw a {@code NullPointerException}. Found by this
   * suite (the fuzz test above) and fixed in sdk-core; every endpoint, blocking and async, must now report a
   * {@link ResponseDecodingException}, as it does for {@code []}, {@code "x"} or {@code 1}.
   */
  @Test
  void aJsonNullSuccessBodyIsADecodingFailureOnEveryEndpoint() throws Exception {
    ScriptedTransport scripted = new ScriptedTransport();
    scripted.next = new HttpResponse(200, Headers.builder().add("Content-Type", "application/json").build(),
        utf8("null"), false, null, 1);
    List<String> wrong = new ArrayList<>();
    try (KlaraClient klara = KlaraClient.builder().baseUrl(URI.create("https://klara.invalid/api/external"))
            .apiKey("klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF").transport(scripted).build();
        DiditAuthClient didit = DiditAuthClient.builder().baseUrl(URI.create("https://didit.invalid/auth/v2"))
            .accessToken("fuzz.access.token").transport(scripted).build();
        DiditClient verification = DiditClient.builder().baseUrl(URI.create("https://verification.invalid/v3"))
            .apiKey("fuzz-api-key").transport(scripted).build()) {
      for (Map.Entry<String, Endpoint> e : HostileEndpoints.ALL.entrySet()) {
        if (e.getKey().equals(VerificationEndpoints.PREFIX + "health check")) {
          continue; // any 2xx body, JSON null included, means healthy: the decoder keeps the text
        }
        for (boolean async : new boolean[] {false, true}) {
          try {
            Object value = await(e.getValue().call(klara, didit, verification, async));
            wrong.add(e.getKey() + (async ? " (async)" : "") + " returned " + value);
          } catch (Throwable t) {
            if (!(unwrap(t) instanceof ResponseDecodingException)) {
              wrong.add(e.getKey() + (async ? " (async)" : "") + " threw " + unwrap(t));
            }
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
    int endpoints = HostileEndpoints.ALL.size() - 1;
    Figures.report(2 * endpoints + " calls (" + endpoints + " endpoints, blocking and async) answered 200 with a bare"
        + " JSON null: every one a ResponseDecodingException");
  }

  /**
   * Regression: {@link ResponseDecodingException#bodySnippet()} documents "at most
   * {@link ResponseDecodingException#MAX_SNIPPET_CHARS} characters", but the redactor used to append "...(N bytes)"
   * after cutting at that length (531 characters seen by the fuzz test). Found by this suite and fixed in sdk-core.
   */
  @Test
  void decodingSnippetIsAtMostMaxSnippetCharsAsDocumented() {
    ScriptedTransport scripted = new ScriptedTransport();
    scripted.next = new HttpResponse(200, Headers.builder().add("Content-Type", "application/json").build(),
        utf8("[" + "1,".repeat(5000) + "]"), false, null, 1);
    try (KlaraClient klara = KlaraClient.builder().baseUrl(URI.create("https://klara.invalid/api/external"))
        .apiKey("klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF").transport(scripted).build()) {
      ResponseDecodingException e = assertThrows(ResponseDecodingException.class,
          () -> klara.applications().retrieve("app-1"));
      assertTrue(e.bodySnippet().length() <= ResponseDecodingException.MAX_SNIPPET_CHARS,
          "snippet has " + e.bodySnippet().length() + " characters");
      Figures.report("a 10,002-byte undecodable body gives a " + e.bodySnippet().length() + "-character snippet (max "
          + ResponseDecodingException.MAX_SNIPPET_CHARS + ")");
    }
  }
}
