package dev.onboardkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NullArgumentException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.klara.support.TestKlara;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code withOptions} never takes the API key to another host, and {@code fromEnv} names the variables. */
class ApiKeyStaysWithItsHostTest {
  private static final String APPLICATION = "{\"id\":\"a\",\"status\":\"sent\",\"created_at\":\"2026-03-01T09:00:00Z\"}";

  private final TestKlara t = new TestKlara();
  private final MockWebServer other = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    other.start();
  }

  @AfterEach
  void close() {
    t.close();
    other.close();
  }

  /** The other server under another host name than the client's (both listen on loopback). */
  private URI otherUrl() {
    String host = t.server.getHostName().equals("localhost") ? "127.0.0.1" : "localhost";
    return URI.create("http://" + host + ":" + other.getPort() + "/api/external");
  }

  @Test
  void movingTheBaseUrlToAnotherHostIsRejectedAndNothingIsSentThere() {
    other.enqueue(TestKlara.json(200, APPLICATION));

    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> t.klara.withOptions(o -> o.baseUrl(otherUrl())));

    assertEquals(1, e.problems().size());
    assertEquals("baseUrl", e.problems().get(0).field());
    assertFalse(e.getMessage().contains(TestKlara.SECRET), e.getMessage());
    assertEquals(0, other.getRequestCount());
    assertEquals(0, t.server.getRequestCount());
  }

  @Test
  void anotherPortOnTheSameHostIsAnotherOriginToo() {
    URI samehostOtherPort = URI.create(other.url("/api/external").toString());
    assertEquals(t.server.getHostName(), other.getHostName());

    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> t.klara.withOptions(o -> o.baseUrl(samehostOtherPort)));

    assertEquals("baseUrl", e.problems().get(0).field());
    assertEquals(0, other.getRequestCount());
  }

  @Test
  void replacingOrDroppingTheCredentialsIsRejected() {
    Consumer<dev.onboardkit.core.ClientOptions.Builder> replace = o -> o.baseUrl(otherUrl())
        .credentials(CredentialsProvider.fixed(Credential.bearer(Secret.of("klara_other.key"))));

    for (Consumer<dev.onboardkit.core.ClientOptions.Builder> change
        : List.<Consumer<dev.onboardkit.core.ClientOptions.Builder>>of(replace, o -> o.credentials(null))) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> t.klara.withOptions(change));
      assertEquals("credentials", e.problems().get(0).field());
    }
    assertEquals(0, other.getRequestCount());
  }

  @Test
  void anotherPathOnTheSameHostKeepsTheKey() {
    t.enqueue(200, APPLICATION);

    try (KlaraClient derived = t.klara.withOptions(
        o -> o.baseUrl(URI.create(t.server.url("/api/v2").toString())))) {
      derived.applications().retrieve("a");
    }

    var r = t.take();
    assertEquals("/api/v2/applications/a", r.getTarget());
    assertEquals("Bearer " + TestKlara.API_KEY, r.getHeaders().get("Authorization"));
  }

  @Test
  void aNullChangeIsAnSdkExceptionNotANullPointer() {
    NullArgumentException e = assertThrows(NullArgumentException.class, () -> t.klara.withOptions(null));

    assertEquals(List.of(new ValidationProblem("change", "must not be null")), e.problems());
    assertInstanceOf(InvalidRequestException.class, e);
  }

  @Test
  void fromEnvWithoutTheKeyNamesTheVariable() {
    String expected = "is required: a Klara API key of the form klara_{client_id}.{secret}";
    for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("KLARA_API_KEY", ""),
        Map.of("KLARA_API_KEY", "   "), Map.of("KLARA_ENVIRONMENT", "production"))) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> KlaraClient.builder().fromEnv(env).build(), env.toString());
      assertEquals(List.of(new ValidationProblem("KLARA_API_KEY", expected)), e.problems(), env.toString());
    }
  }

  @Test
  void fromEnvKeepsAKeySetInCodeWhenTheVariableIsUnset() {
    try (KlaraClient klara = KlaraClient.builder().apiKey(TestKlara.API_KEY).fromEnv(Map.of()).build()) {
      assertEquals(TestKlara.CLIENT_ID, klara.clientId());
    }
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> KlaraClient.builder().apiKey("not-a-key").fromEnv(Map.of()).build());
    assertEquals("apiKey", e.problems().get(0).field());
  }

  @Test
  void fromEnvOfTheProcessNamesTheVariableWhenItIsUnset() {
    String key = System.getenv(KlaraClient.ENV_API_KEY);
    assumeTrue(key == null || key.isBlank(), "KLARA_API_KEY is set in this environment");

    InvalidRequestException e = assertThrows(InvalidRequestException.class, KlaraClient::fromEnv);

    assertEquals("KLARA_API_KEY", e.problems().get(0).field());
  }

  @Test
  void fromEnvOfNullIsReportedByBuild() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> KlaraClient.builder().apiKey(TestKlara.API_KEY).fromEnv(null).build());

    assertEquals(List.of(new ValidationProblem("env",
        "is required: a map of environment variables, such as System.getenv()")), e.problems());
  }
}
