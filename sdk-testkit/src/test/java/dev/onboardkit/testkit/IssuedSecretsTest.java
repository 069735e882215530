package dev.onboardkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import dev.onboardkit.testkit.support.TestHttp;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link FakeServer#issuedSecrets()} lists every secret the fakes minted or were given. */
class IssuedSecretsTest {
  @Test
  void theKlaraFakeListsKeysBothHalvesPreAuthCodesOldAndNewAndWebhookSecrets() throws Exception {
    try (FakeKlaraServer klara = FakeKlaraServer.start()) {
      String key = klara.issueApiKey();
      TestHttp http = new TestHttp(klara.baseUrl());
      JsonNode created = http.post("/applications", key, KlaraFaultInjectionTest.CREATE.replace("}\n", "}")
          .replace("\"country\":\"IE\"}", "\"country\":\"IE\",\"pre_auth\":true}")).json();
      String firstCode = created.get("pre_auth_code").asText();
      String id = created.get("application_id").asText();
      String secondCode = http.post("/applications/" + id + "/pre-auth", key, null).json().get("pre_auth_code")
          .asText();
      String rfiCode = http.post("/rfi-requests", key, "{\"company_name\":\"Acme\",\"country\":\"IE\","
          + "\"primary_contact\":{\"name\":\"A\",\"email\":\"a@acme.com\"},\"pre_authenticated\":true}")
          .json().path("pre_auth_code").asText();
      klara.setWebhookSecret("whsec_chosen_by_the_test");

      Set<String> secrets = klara.issuedSecrets();
      assertTrue(secrets.contains(key));
      assertTrue(secrets.contains(key.substring(key.indexOf('.') + 1)), "the secret half alone");
      assertTrue(secrets.contains(firstCode), "superseded pre-auth codes stay listed");
      assertTrue(secrets.contains(secondCode));
      assertTrue(rfiCode.length() == 16 && secrets.contains(rfiCode), rfiCode);
      assertTrue(secrets.contains("whsec_chosen_by_the_test"));
      assertTrue(secrets.stream().anyMatch(s -> s.startsWith("whsec_") && s.length() == 46), "the initial secret");
      assertEquals(7, secrets.size(), secrets.toString());
    }
  }

  @Test
  void theDiditFakeListsPasswordsCodesTokensTempTokensAndApiKeys() throws Exception {
    try (FakeDiditServer didit = FakeDiditServer.start()) {
      DiditVerifiedAccount account = didit.createVerifiedAccount("owner@acme-reseller.io", "Owner-Pass-1!");
      TestHttp http = new TestHttp(didit.baseUrl());
      assertEquals(201, http.post("/programmatic/register/", null,
          "{\"email\":\"new@acme-reseller.io\",\"password\":\"N3w-Account!pass\"}").status());
      String code = didit.mailbox().latestCode("new@acme-reseller.io").orElseThrow();
      JsonNode login = http.post("/programmatic/login/", null,
          "{\"email\":\"owner@acme-reseller.io\",\"password\":\"Owner-Pass-1!\"}").json();
      didit.enableTwoFactor("owner@acme-reseller.io");
      String temp = http.post("/programmatic/login/", null,
          "{\"email\":\"owner@acme-reseller.io\",\"password\":\"Owner-Pass-1!\"}").json().get("temp_token").asText();

      Set<String> secrets = didit.issuedSecrets();
      for (String s : new String[] {"Owner-Pass-1!", "N3w-Account!pass", code, account.apiKey(),
          account.accessToken(), login.get("access_token").asText(), login.get("refresh_token").asText(), temp}) {
        assertTrue(secrets.contains(s), s);
      }
    }
  }
}
