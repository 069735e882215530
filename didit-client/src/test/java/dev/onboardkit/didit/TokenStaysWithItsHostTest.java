package dev.onboardkit.didit;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NullArgumentException;
import dev.onboardkit.core.error.MissingCredentialsException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.didit.support.FakeAuthServer;
import dev.onboardkit.didit.support.TestClients;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code withOptions} never sends a fixed token or a supplier's token to another host, and {@code fromEnv} passes the
 * password through exactly as set.
 */
class TokenStaysWithItsHostTest {
  private final MockWebServer server = new MockWebServer();
  private final MockWebServer other = new MockWebServer();
  private final TestClients t = new TestClients();

  @BeforeEach
  void start() throws Exception {
    server.start();
    other.start();
  }

  @AfterEach
  void stop() {
    server.close();
    other.close();
  }

  /** The other server under another host name than the client's (both listen on loopback). */
  private URI otherHost() {
    String host = server.getHostName().equals("localhost") ? "127.0.0.1" : "localhost";
    return URI.create("http://" + host + ":" + other.getPort() + "/auth/v2");
  }

  @Test
  void aFixedTokenDoesNotFollowTheBaseUrlToAnotherHost() {
    other.enqueue(json(200, "[]"));
    try (DiditAuthClient client = t.builder(server).accessToken("tok-SECRET-1").build()) {
      for (URI target : List.of(otherHost(), t.baseUrl(other))) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
            () -> client.withOptions(o -> o.baseUrl(target)));

        assertEquals("baseUrl", e.problems().get(0).field());
        assertFalse(e.getMessage().contains("tok-SECRET-1"), e.getMessage());
      }
    }
    assertEquals(0, other.getRequestCount());
  }

  @Test
  void aTokenSupplierDoesNotFollowTheBaseUrlToAnotherHostAndIsNotAsked() {
    AtomicInteger asked = new AtomicInteger();
    try (DiditAuthClient client = t.builder(server).accessTokenSupplier(() -> {
      asked.incrementAndGet();
      return "tok-SECRET-2";
    }).build()) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> client.withOptions(o -> o.baseUrl(otherHost()).maxRetries(0)));

      assertEquals("baseUrl", e.problems().get(0).field());
    }
    assertEquals(0, asked.get());
    assertEquals(0, other.getRequestCount());
  }

  @Test
  void newCredentialsSetInTheSameCallGoToTheNewHostAndTheOldTokenNever() throws Exception {
    other.enqueue(json(200, "[]"));
    try (DiditAuthClient client = t.builder(server).accessToken("tok-SECRET-1").build();
        DiditAuthClient moved = client.withOptions(o -> o.baseUrl(otherHost())
            .credentials(CredentialsProvider.fixed(Credential.bearer(Secret.of("tok-OTHER-2")))))) {
      moved.organizations().list();
    }

    RecordedRequest r = other.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("Bearer tok-OTHER-2", r.getHeaders().get("Authorization"));
    assertEquals(1, other.getRequestCount());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aClientWithoutCredentialsMovesFreelyAndStillSendsNoToken() throws Exception {
    other.enqueue(json(200, "{\"access_token\":\"acc-12345\"}"));
    try (DiditAuthClient client = t.builder(server).anonymous().build();
        DiditAuthClient moved = client.withOptions(o -> o.baseUrl(otherHost()));
        DiditAuthClient movedAgain = moved.withOptions(o -> o.baseUrl(t.baseUrl(server)))) {
      moved.account().login("ops@acme.io", "S3cure!Passw0rd");
      MissingCredentialsException e =
          assertThrows(MissingCredentialsException.class, () -> movedAgain.organizations().list());
      assertTrue(e.getMessage().contains("no access token"), e.getMessage());
    }

    assertNull(other.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aManagedSessionOnAnotherHostLogsInThereWithItsOwnSession() throws Exception {
    FakeAuthServer mainFake = new FakeAuthServer().issue("main-token");
    FakeAuthServer otherFake = new FakeAuthServer().issue("other-token");
    server.setDispatcher(mainFake);
    other.setDispatcher(otherFake);
    try (DiditAuthClient client = t.builder(server).credentials("ops@acme.io", "S3cure!Passw0rd").build();
        DiditAuthClient moved = client.withOptions(o -> o.baseUrl(otherHost()))) {
      client.organizations().list();
      moved.organizations().list();
    }

    assertEquals(List.of("login", "org main-token"), mainFake.summary());
    assertEquals(List.of("login", "org other-token"), otherFake.summary());
  }

  @Test
  void aNullCustomizerIsAnSdkExceptionNotANullPointer() {
    try (DiditAuthClient client = t.builder(server).accessToken("tok-1").build()) {
      NullArgumentException e = assertThrows(NullArgumentException.class, () -> client.withOptions(null));

      assertEquals(List.of(new ValidationProblem("customize", "must not be null")), e.problems());
      assertInstanceOf(InvalidRequestException.class, e);
    }
  }

  @Test
  void fromEnvTrimsTheEmailAndUrlButUsesThePasswordExactlyAsSet() throws Exception {
    FakeAuthServer fake = new FakeAuthServer().issue("env-token");
    server.setDispatcher(fake);
    Map<String, String> env = Map.of(
        "DIDIT_EMAIL", "  ops@acme.io\t",
        "DIDIT_PASSWORD", "  pass phrase with spaces  ",
        "DIDIT_AUTH_BASE_URL", " " + t.baseUrl(server) + " ");
    try (DiditAuthClient client = DiditAuthClient.builder().fromEnv(env).clock(t.clock).build()) {
      client.organizations().list();
    }

    assertEquals("{\"email\":\"ops@acme.io\",\"password\":\"  pass phrase with spaces  \"}",
        fake.requests.get(0).getBody().utf8());
  }

  @Test
  void fromEnvStillTreatsABlankPasswordAsUnset() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> DiditAuthClient.builder().fromEnv(Map.of("DIDIT_EMAIL", "ops@acme.io", "DIDIT_PASSWORD", "   ")).build());

    assertEquals(List.of(new ValidationProblem("DIDIT_PASSWORD", "is required when DIDIT_EMAIL is set")),
        e.problems());
  }
}
