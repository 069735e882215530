package dev.onboardkit.didit;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.core.support.ResponseTypes;
import dev.onboardkit.didit.account.DiditApplicationCredentials;
import dev.onboardkit.didit.account.DiditTokens;
import dev.onboardkit.didit.account.DiditTwoFactorChallenge;
import dev.onboardkit.didit.account.DiditVerifyEmailResult;
import dev.onboardkit.didit.applications.DiditApplication;
import dev.onboardkit.didit.support.TestClients;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Didit response type that holds a secret (found by reflection) keeps it out of {@code toString()} and out of
 * the JSON an application-side Jackson mapper writes: a plain {@code new ObjectMapper()} and a Spring-style mapper
 * with every module on the class path.
 */
class SecretsUnderForeignJacksonTest {
  static final String ACCESS = "access-SECRET-1";
  static final String REFRESH = "refresh-SECRET-2";
  static final String API_KEY = "05mHcOWL8GathLZlz8oIDawYj9qFAcoSHtz-75PAkuo";
  static final String TEMP = "temp-SECRET-3";
  static final List<String> SECRETS = List.of(ACCESS, REFRESH, API_KEY, TEMP);

  static final String CREDENTIALS = "{\"uuid\":\"app-1\",\"name\":\"developer\",\"client_id\":\"S9LIYGSoWNuGMLHsvEt9dQ\","
      + "\"api_key\":\"" + API_KEY + "\"}";
  static final String APPLICATION = "{\"uuid\":\"app-1\",\"name\":\"Acme Customer App\",\"client_id\":\"c\","
      + "\"api_key\":\"" + API_KEY + "\",\"website_url\":null,\"redirect_uris\":[],\"created_at\":\"2025-06-01T10:00:00Z\","
      + "\"webhook_version\":\"v3\"}";

  static final Map<Class<?>, String> FIXTURES = new LinkedHashMap<>();

  static {
    FIXTURES.put(DiditTokens.class, "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH
        + "\",\"expires_in\":86400}");
    FIXTURES.put(DiditTwoFactorChallenge.class, "{\"2fa_required\":true,\"temp_token\":\"" + TEMP
        + "\",\"has_authenticator\":true,\"has_passkeys\":false}");
    FIXTURES.put(DiditApplicationCredentials.class, CREDENTIALS);
    FIXTURES.put(DiditVerifyEmailResult.class, "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH
        + "\",\"expires_in\":86400,\"organization\":{\"uuid\":\"org-1\",\"name\":\"Acme\"},\"application\":"
        + CREDENTIALS + "}");
    FIXTURES.put(DiditApplication.class, APPLICATION);
    // The session's url ends with its token too, and is not masked (not a Secret): this fixture's url is tokenless, so
    // that only session_token is checked here.
    FIXTURES.put(dev.onboardkit.didit.sessions.DiditSession.class, dev.onboardkit.didit.support.VerificationFixtures
        .CREATED_SESSION.replace("/session/" + dev.onboardkit.didit.support.VerificationFixtures.SESSION_TOKEN,
            "/session/abc").replace(dev.onboardkit.didit.support.VerificationFixtures.SESSION_TOKEN, TEMP));
    FIXTURES.put(dev.onboardkit.didit.webhooks.DiditWebhookDestination.class,
        dev.onboardkit.didit.support.VerificationFixtures.DESTINATION.replace(
            "tno2NTeRC1ZK3sBOYlBJDyEzBVENl3pQ1AcZyAW0xnQ", API_KEY));
    FIXTURES.put(dev.onboardkit.didit.webhooks.DiditWebhookSettings.class,
        dev.onboardkit.didit.support.VerificationFixtures.SETTINGS.replace("whsec_a1b2c3d4e5f6g7h8i9j0", TEMP));
  }

  private final MockWebServer server = new MockWebServer();
  private final TestClients t = new TestClients();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void everyResponseTypeHoldingASecretHasAnExampleHere() {
    List<Class<?>> all = ResponseTypes.of(DiditAuthClient.class, "dev.onboardkit.didit");
    Set<String> holding = all.stream().filter(ResponseTypes::holdsSecret).map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));

    assertTrue(all.size() >= 9, "found only " + all);
    assertEquals(FIXTURES.keySet().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new)),
        holding);
  }

  @Test
  void noSecretReachesToStringOrAForeignMapper() throws Exception {
    for (Map.Entry<Class<?>, String> fixture : FIXTURES.entrySet()) {
      Object value = SdkJson.mapper().readValue(fixture.getValue(), fixture.getKey());
      assertHidden(fixture.getKey().getSimpleName() + ".toString()", value.toString());
      for (ObjectMapper mapper : ResponseTypes.foreignMappers()) {
        String written;
        try {
          written = mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
          // A plain mapper without the jdk8 module refuses Optional attributes: it fails loudly, without the value.
          assertHidden(fixture.getKey().getSimpleName() + " failure", e.getMessage());
          continue;
        }
        assertHidden(fixture.getKey().getSimpleName() + " JSON", written);
        assertTrue(written.contains("Secret[****]"), written);
      }
    }
  }

  @Test
  void anApplicationReturnedByAControllerCarriesTheMaskAndItsUnknownMembers() throws Exception {
    server.enqueue(json(200, APPLICATION));
    try (DiditAuthClient client = t.builder(server).accessToken("tok-1").build()) {
      DiditApplication app = client.applications("org-1").retrieve("app-1");

      String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(app);

      assertTrue(json.contains("\"apiKey\":\"Secret[****]\""), json);
      assertTrue(json.contains("\"webhook_version\":\"v3\""), json);
      assertHidden("controller JSON", json);
      assertEquals(Map.of("webhook_version", "v3"), app.additionalProperties());
      assertEquals(API_KEY, app.apiKey().orElseThrow().reveal());
    }
  }

  private static void assertHidden(String where, String text) {
    for (String secret : SECRETS) {
      assertFalse(text.contains(secret), where + " shows " + secret + ": " + text);
    }
  }
}
