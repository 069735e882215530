package dev.onboardkit.testkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KlaraAuthTest extends KlaraTestBase {

  @Test
  void issuedKeysHaveTheDocumentedFormatAndAreUnique() {
    String other = klara.issueApiKey(FakeKlaraServer.SCOPE_RFI_CREATE);
    assertTrue(key.matches("klara_[0-9a-f]{24}\\.[A-Za-z0-9_-]{32}"), key);
    assertTrue(other.matches("klara_[0-9a-f]{24}\\.[A-Za-z0-9_-]{32}"), other);
    assertFalse(key.equals(other));
    assertThrows(IllegalArgumentException.class, () -> klara.issueApiKey("applications:delete"));
  }

  @Test
  void missingAuthorizationHeaderIsMissingApiKey() throws Exception {
    Reply r = http.get("/applications", null);
    assertEquals(401, r.status());
    assertJson("{\"error\":\"Missing API key\"}", r);
    assertEquals("application/json", r.headers().get("Content-Type"));
  }

  @Test
  void nonBearerSchemeIsMissingApiKey() throws Exception {
    Reply r = http.send("GET", "/applications", null, null, Map.of("Authorization", "Basic " + key));
    assertEquals(401, r.status());
    assertJson("{\"error\":\"Missing API key\"}", r);
  }

  @Test
  void unknownKeyIsInvalidApiKey() throws Exception {
    Reply r = http.get("/applications", "klara_abc123def456789012345678.ABCDEFghijklmnop1234567890QRSTUV");
    assertEquals(401, r.status());
    assertJson("{\"error\":\"Invalid API key\"}", r);
  }

  @Test
  void revokedKeyStopsWorkingImmediately() throws Exception {
    assertEquals(200, http.get("/applications", key).status());
    assertTrue(klara.revokeApiKey(key));
    assertFalse(klara.revokeApiKey(key));
    Reply r = http.get("/applications", key);
    assertEquals(401, r.status());
    assertJson("{\"error\":\"Invalid API key\"}", r);
  }

  @Test
  void authPageShapeCanBeChosenForInvalidKeys() throws Exception {
    klara.unauthorizedShape(KlaraUnauthorizedShape.UNAUTHORIZED_WITH_MESSAGE);
    Reply r = http.get("/applications", "klara_nope.nope");
    assertEquals(401, r.status());
    assertJson("{\"error\":\"unauthorized\",\"message\":\"Invalid or expired API key\"}", r);
    // A missing header keeps its own message.
    assertJson("{\"error\":\"Missing API key\"}", http.get("/applications", null));
  }

  @ParameterizedTest
  @CsvSource({
      "POST, /applications, applications:create",
      "GET, /applications, applications:read",
      "GET, /applications/x, applications:read",
      "POST, /applications/x/pre-auth, applications:create",
      "GET, /applications/x/documents/y, applications:read",
      "POST, /applications/x/decision, applications:write",
      "POST, /rfi-requests, rfi:create"})
  void missingScopeIsA401NamingTheScope(String method, String path, String scope) throws Exception {
    String readOnly = klara.issueApiKey(FakeKlaraServer.SCOPE_RFI_READ);
    Reply r = http.send(method, path, readOnly, method.equals("POST") ? "{}" : null, Map.of());
    assertEquals(401, r.status());
    assertJson("{\"error\":\"API key missing required scopes: " + scope + "\"}", r);
    assertEquals(0, klara.createdCount());
  }

  @Test
  void scopedKeyOnlyReachesItsEndpoints() throws Exception {
    String reader = klara.issueApiKey(FakeKlaraServer.SCOPE_APPLICATIONS_READ);
    assertEquals(200, http.get("/applications", reader).status());
    assertEquals(401, http.post("/applications", reader, body("Acme", "a@acme.com")).status());
  }

  @Test
  void unknownPathsMethodsAndTrailingSlashes() throws Exception {
    Reply notFound = http.get("/nope", key);
    assertEquals(404, notFound.status());
    assertJson("{\"error\":\"Not found\"}", notFound);
    assertEquals(404, http.get("/applications/", key).status());
    Reply outside = new dev.onboardkit.testkit.support.TestHttp(
        java.net.URI.create("http://127.0.0.1:" + klara.baseUrl().getPort())).get("/other", key);
    assertEquals(404, outside.status());
    Reply notAllowed = http.send("DELETE", "/applications", key, null, Map.of());
    assertEquals(405, notAllowed.status());
    assertJson("{\"error\":\"Method not allowed\"}", notAllowed);
    assertEquals("GET, POST", notAllowed.headers().get("Allow"));
  }

  @Test
  void bodiesOverOneMebibyteAreRejected() throws Exception {
    String big = "{\"company_name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
    Reply r = http.post("/applications", key, big);
    assertEquals(413, r.status());
    assertJson("{\"error\":\"Request body too large\"}", r);
    assertEquals(0, klara.createdCount());
  }

  @Test
  void baseUrlIsLoopback() {
    assertEquals("http", klara.baseUrl().getScheme());
    assertEquals("127.0.0.1", klara.baseUrl().getHost());
    assertEquals("/api/external", klara.baseUrl().getPath());
  }
}
