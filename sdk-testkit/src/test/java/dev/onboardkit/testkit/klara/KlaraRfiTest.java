package dev.onboardkit.testkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KlaraRfiTest extends KlaraTestBase {
  static final String RFI = """
      {"company_name":"Acme Financial Ltd","country":"GB","company_number":"12345678",
       "primary_contact":{"name":"Sophie Mitchell","email":"sophie@acme.com","role":"CEO"}}""";

  @Test
  void createsAnActiveRequestValidFourteenDays() throws Exception {
    Reply r = http.post("/rfi-requests", key, RFI);
    assertEquals(201, r.status(), r.body());
    JsonNode json = r.json();
    assertTrue(json.get("success").asBoolean());
    assertTrue(json.get("request_id").asText().matches(UUID_RE));
    assertTrue(json.get("link").asText().matches("https://app\\.klara-ai\\.com/external/acme-corp/rfi/[a-z0-9]{16}"));
    assertEquals("2026-01-29T10:00:00.000Z", json.get("expires_at").asText());
    assertEquals("active", json.get("status").asText());
    assertEquals("[{\"email\":\"sophie@acme.com\",\"name\":\"Sophie Mitchell\",\"role\":\"primary\"}]",
        json.get("participants").toString());
    assertNull(json.get("pre_auth_code"));
    assertNull(json.get("pre_auth_expires_at"));

    KlaraRfiRequestSnapshot rfi = klara.rfiRequests().get(0);
    assertEquals(json.get("request_id").asText(), rfi.requestId());
    assertEquals("CEO", rfi.contactRole().orElseThrow());
    assertEquals(0, klara.createdCount(), "an RFI is not an application");
  }

  @Test
  void preAuthenticatedGetsATenMinuteCode() throws Exception {
    Reply r = http.post("/rfi-requests", key, RFI.replace("{\"company_name\"", "{\"pre_authenticated\":true,"
        + "\"agent_id\":\"6f1c2b9e-1d2a-4c3b-9a8b-7c6d5e4f3a2b\",\"company_name\""));
    assertEquals(201, r.status(), r.body());
    String code = r.text("pre_auth_code");
    assertTrue(code.matches("[A-Z0-9]{16}"));
    assertEquals("2026-01-15T10:10:00.000Z", r.text("pre_auth_expires_at"));
    assertTrue(r.text("link").endsWith("?auth_code=" + code));
    KlaraRfiRequestSnapshot rfi = klara.rfiRequests().get(0);
    assertEquals(code, rfi.preAuthCode().orElseThrow());
    assertEquals(rfi.createdAt().plus(Duration.ofMinutes(10)), rfi.preAuthExpiresAt().orElseThrow());
    assertEquals("6f1c2b9e-1d2a-4c3b-9a8b-7c6d5e4f3a2b", rfi.agentId().orElseThrow());
  }

  @Test
  void validation() throws Exception {
    assertJson("""
        {"error":"Missing required fields",
         "required":["company_name","country","primary_contact.name","primary_contact.email"]}""",
        http.post("/rfi-requests", key, "{}"));
    assertJson("{\"error\":\"Missing required fields\",\"required\":[\"company_number\"]}",
        http.post("/rfi-requests", key, RFI.replace("\"company_number\":\"12345678\",", "")));
    assertJson("{\"error\":\"Invalid request body\",\"details\":{\"agent_id\":[\"Invalid uuid\"]}}",
        http.post("/rfi-requests", key, RFI.replace("{\"company_name\"", "{\"agent_id\":\"x\",\"company_name\"")));
    assertJson("{\"error\":\"Invalid email address for primary_contact.email\"}",
        http.post("/rfi-requests", key, RFI.replace("sophie@acme.com", "sophie")));
    assertEquals(0, klara.rfiRequests().size());
  }
}
