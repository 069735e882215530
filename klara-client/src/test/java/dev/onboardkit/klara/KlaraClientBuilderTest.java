package dev.onboardkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.klara.support.TestKlara;
import java.net.URI;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KlaraClientBuilderTest {
  private static final String KEY = TestKlara.API_KEY;

  @Test
  void defaultsToTheSandboxAndExposesTheClientIdButNeverTheSecret() {
    try (KlaraClient klara = KlaraClient.builder().apiKey(KEY).build()) {
      assertEquals(URI.create("https://sandbox.klara-ai.com/api/external"), klara.baseUrl());
      assertEquals(TestKlara.CLIENT_ID, klara.clientId());
      assertEquals("KlaraClient{clientId=" + TestKlara.CLIENT_ID
          + ", baseUrl=https://sandbox.klara-ai.com/api/external}", klara.toString());
      assertFalse(klara.options().toString().contains(TestKlara.SECRET), klara.options().toString());
    }
  }

  @Test
  void environmentsHaveTheDocumentedBaseUrlsAndBaseUrlOverridesThem() {
    try (KlaraClient prod = KlaraClient.builder().apiKey(Secret.of(KEY)).environment(KlaraEnvironment.PRODUCTION)
        .build()) {
      assertEquals(URI.create("https://app.klara-ai.com/api/external"), prod.baseUrl());
    }
    assertEquals(URI.create("https://sandbox.klara-ai.com/api/external"), KlaraEnvironment.SANDBOX.baseUrl());
    try (KlaraClient custom = KlaraClient.builder().apiKey(KEY).environment(KlaraEnvironment.PRODUCTION)
        .baseUrl(URI.create("https://proxy.example.com/klara/")).build()) {
      assertEquals(URI.create("https://proxy.example.com/klara"), custom.baseUrl());
    }
  }

  @Test
  void sendsTheKeyAsABearerToken() throws Exception {
    try (TestKlara t = new TestKlara()) {
      t.enqueue(200, "{\"id\":\"a\",\"status\":\"sent\",\"created_at\":\"2026-03-01T09:00:00Z\"}");
      t.klara.applications().retrieve("a");
      RecordedRequest r = t.take();
      assertEquals("Bearer klara_abc123def456789012345678.ABCDEFghijklmnop1234567890QRSTUV",
          r.getHeaders().get("Authorization"));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "abc123def456.secretpart               | must start with 'klara_'",
      "klara_abc123def456secretpart          | must contain a '.' between the client id and the secret",
      "klara_.secretpart                     | has an empty client id",
      "klara_abc123def456.                   | has an empty secret",
      "klara_abc.def.secretpart              | must contain exactly one '.'",
      "'klara_abc123def456.secret part'      | must not contain whitespace, control or non-ASCII characters",
      "'klara_abc123def456.secretpart\n'     | must not contain whitespace, control or non-ASCII characters",
      "'klara_abc123def456.sécret'           | must not contain whitespace, control or non-ASCII characters",
      "''                                    | is empty"})
  void malformedKeysFailWithTheExpectedFormatAndNeverTheSecret(String key, String rule) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> KlaraClient.builder().apiKey(key.replace("\\n", "\n")).build());

    assertEquals(1, e.problems().size());
    assertEquals("apiKey", e.problems().get(0).field());
    assertTrue(e.problems().get(0).message().startsWith(rule), e.problems().get(0).message());
    assertTrue(e.getMessage().contains("klara_{client_id}.{secret}"), e.getMessage());
    assertFalse(e.getMessage().contains("secret part") || e.getMessage().contains("secretpart")
        || e.getMessage().contains("sécret"), e.getMessage());
  }

  @Test
  void keysAreSplitIntoClientIdAndSecret() {
    KlaraApiKey key = KlaraApiKey.parse(KEY);
    assertEquals(TestKlara.CLIENT_ID, key.clientId());
    assertEquals(TestKlara.SECRET, key.secret().reveal());
    assertEquals(KEY, key.value().reveal());
    assertEquals("KlaraApiKey{clientId=abc123def456789012345678, secret=****}", key.toString());
    assertEquals(key, KlaraApiKey.parse(Secret.of(KEY)));
    InvalidRequestException missing = assertThrows(InvalidRequestException.class,
        () -> KlaraApiKey.parse((String) null));
    assertEquals("apiKey", missing.problems().get(0).field());
  }

  @Test
  void buildReportsEveryProblemAtOnceWithoutANullPointer() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> KlaraClient.builder()
        .baseUrl(URI.create("http://example.com/api"))
        .maxRetries(-1)
        .timeouts(null)
        .defaultHeader("Bad Header", "v")
        .sleeper(null)
        .clock(null)
        .build());

    assertEquals(List.of(
        "apiKey", "timeouts", "header name", "baseUrl", "maxRetries", "sleeper", "clock"),
        e.problems().stream().map(ValidationProblem::field).collect(java.util.stream.Collectors.toList()),
        e.getMessage());
    assertEquals(new ValidationProblem("apiKey", "is required: a Klara API key of the form klara_{client_id}.{secret}"),
        e.problems().get(0));
  }

  @Test
  void fromEnvReadsTheThreeVariables() {
    try (KlaraClient klara = KlaraClient.builder().fromEnv(Map.of(
        "KLARA_API_KEY", KEY, "KLARA_ENVIRONMENT", " Production ")).build()) {
      assertEquals(URI.create("https://app.klara-ai.com/api/external"), klara.baseUrl());
      assertEquals(TestKlara.CLIENT_ID, klara.clientId());
    }
    try (KlaraClient klara = KlaraClient.builder().fromEnv(Map.of(
        "KLARA_API_KEY", KEY, "KLARA_ENVIRONMENT", "production", "KLARA_BASE_URL", "http://127.0.0.1:8089/api/"))
        .build()) {
      assertEquals(URI.create("http://127.0.0.1:8089/api"), klara.baseUrl());
    }
    try (KlaraClient klara = KlaraClient.builder().fromEnv(Map.of("KLARA_API_KEY", KEY, "KLARA_ENVIRONMENT", ""))
        .build()) {
      assertEquals(KlaraEnvironment.SANDBOX.baseUrl(), klara.baseUrl(), "unset or blank means sandbox");
    }
  }

  @Test
  void fromEnvReportsEveryBadVariableByName() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> KlaraClient.builder()
        .fromEnv(Map.of("KLARA_API_KEY", "klara_abc.secret-value\n", "KLARA_ENVIRONMENT", "staging",
            "KLARA_BASE_URL", "ftp://example.com"))
        .build());

    assertEquals(List.of(
        new ValidationProblem("KLARA_ENVIRONMENT", "must be 'sandbox' or 'production'"),
        new ValidationProblem("KLARA_BASE_URL",
            "must use https (plain http is allowed only for localhost, 127.0.0.0/8 and ::1)")),
        e.problems().subList(0, 2));
    assertEquals("KLARA_API_KEY", e.problems().get(2).field());
    assertEquals(3, e.problems().size());
    assertFalse(e.getMessage().contains("secret-value"), e.getMessage());

    InvalidRequestException missing = assertThrows(InvalidRequestException.class,
        () -> KlaraClient.builder().fromEnv(Map.of()).build());
    assertEquals(List.of(new ValidationProblem("KLARA_API_KEY",
        "is required: a Klara API key of the form klara_{client_id}.{secret}")), missing.problems());
  }

  @Test
  void withOptionsDerivesAClientSharingTheKeyAndClosesIndependently() {
    try (TestKlara t = new TestKlara(b -> b.maxRetries(0))) {
      KlaraClient derived = t.klara.withOptions(o -> o.maxRetries(4).defaultHeader("X-Tenant", "t1"));
      assertNotSame(t.klara, derived);
      assertEquals(4, derived.options().maxRetries());
      assertEquals(0, t.klara.options().maxRetries());
      assertEquals(t.klara.clientId(), derived.clientId());

      t.enqueue(200, "{\"id\":\"a\",\"status\":\"sent\",\"created_at\":\"2026-03-01T09:00:00Z\"}");
      derived.applications().retrieve("a");
      RecordedRequest r = t.take();
      assertEquals("t1", r.getHeaders().get("X-Tenant"));
      assertEquals("Bearer " + KEY, r.getHeaders().get("Authorization"));

      derived.close();
      OnboardKitException closed = assertThrows(OnboardKitException.class,
          () -> derived.applications().retrieve("a"));
      assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
      t.enqueue(200, "{\"id\":\"a\",\"status\":\"sent\",\"created_at\":\"2026-03-01T09:00:00Z\"}");
      t.klara.applications().retrieve("a");
      assertEquals(null, t.take().getHeaders().get("X-Tenant"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sandbox", "SANDBOX", " production "})
  void environmentNamesAreCaseInsensitive(String name) {
    assertTrue(KlaraEnvironment.fromId(name).isPresent());
    assertEquals(name.strip().toLowerCase(java.util.Locale.ROOT), KlaraEnvironment.fromId(name).get().id());
  }
}
