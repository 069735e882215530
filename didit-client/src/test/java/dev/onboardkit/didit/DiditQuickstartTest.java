package dev.onboardkit.didit;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.core.Secret;
import dev.onboardkit.didit.support.Jwts;
import dev.onboardkit.didit.support.TestClients;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class DiditQuickstartTest {
  static final String ORG = "a1b2c3d4-5678-90ab-cdef-111111111111";
  static final String TOKEN = Jwts.withExp("ops", TestClients.START.plusSeconds(86400));

  @Test
  void quickstartRunsAgainstAFakeAuthApi() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    AtomicInteger apps = new AtomicInteger();
    Dispatcher didit = new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        String auth = r.getHeaders().get("Authorization");
        seen.add(r.getMethod() + " " + r.getTarget().replace("/auth/v2", "") + (auth == null ? "" : " " + auth));
        switch (r.getTarget().replace("/auth/v2", "")) {
          case "/programmatic/register/":
            return json(201, "{\"message\":\"Verification code sent\",\"email\":\"ops@acme.io\"}");
          case "/programmatic/verify-email/":
            return json(200, "{\"access_token\":\"boot\",\"refresh_token\":\"r\",\"expires_in\":86400,"
                + "\"organization\":{\"uuid\":\"" + ORG + "\",\"name\":\"Acme\"},\"application\":{\"uuid\":\"app-0\","
                + "\"name\":\"Acme App\",\"client_id\":\"c0\",\"api_key\":\"key-default\"}}");
          case "/programmatic/login/":
            return json(200, "{\"access_token\":\"" + TOKEN + "\",\"refresh_token\":\"r\",\"expires_in\":86400}");
          case "/organizations/me/" + ORG + "/applications/":
            int n = apps.incrementAndGet();
            return json(201, "{\"uuid\":\"app-" + n + "\",\"name\":\"x\",\"client_id\":\"c" + n + "\","
                + "\"api_key\":\"key-" + n + "\"}");
          case "/organizations/me/" + ORG + "/applications/app-1/":
            return json(200, "{\"uuid\":\"app-1\",\"name\":\"x\",\"client_id\":\"c1\",\"api_key\":\"key-1\"}");
          default:
            return json(404, "{\"detail\":\"Not found.\"}");
        }
      }
    };
    Map<String, Secret> vault = new LinkedHashMap<>();
    TestClients t = new TestClients();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(didit);
      server.start();

      DiditQuickstart.run(t.builder(server), "ops@acme.io", "S3cure!Passw0rd", () -> "A3K9F2", vault);
    }

    String bearer = " Bearer " + TOKEN;
    assertEquals(List.of(
        "POST /programmatic/register/",
        "POST /programmatic/verify-email/",
        "POST /programmatic/login/",
        "POST /organizations/me/" + ORG + "/applications/" + bearer,
        "GET /organizations/me/" + ORG + "/applications/app-1/" + bearer), seen);
    Map<String, String> revealed = new LinkedHashMap<>();
    vault.forEach((k, v) -> revealed.put(k, v.reveal()));
    assertEquals(Map.of("didit/default", "key-default", "didit/acme", "key-1"), revealed);
  }
}
