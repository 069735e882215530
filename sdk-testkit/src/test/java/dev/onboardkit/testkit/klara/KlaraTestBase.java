package dev.onboardkit.testkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

abstract class KlaraTestBase {
  static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
  static final String MILLIS_RE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

  /** On a clock that stands still at {@link FakeClock#DEFAULT_START}: the tests assert exact instants. */
  @RegisterExtension
  final FakeKlaraServerExtension extension = FakeKlaraServerExtension.perTest(FakeClock::new);

  FakeKlaraServer klara;
  TestHttp http;
  String key;

  @BeforeEach
  void setUpBase() {
    klara = extension.server();
    http = new TestHttp(klara.baseUrl());
    key = klara.issueApiKey();
  }

  static String body(String company, String email) {
    return """
        {"config_id":"kyc-standard","primary_contact":{"email":"%s","name":"Sophie Mitchell","role":"CEO"},
         "company_name":"%s","company_number":"12345678","country":"GB"}"""
        .formatted(email, company);
  }

  static String preAuthBody() {
    return """
        {"config_id":"kyc-standard","primary_contact":{"email":"sophie@acme.com","name":"Sophie Mitchell"},
         "company_name":"Acme Financial Ltd","country":"IE","pre_auth":true}""";
  }

  JsonNode create(String json) throws IOException {
    Reply r = http.post("/applications", key, json);
    assertEquals(201, r.status(), r.body());
    return r.json();
  }

  String createId(String company) throws IOException {
    return create(body(company, "sophie@acme.com")).get("application_id").asText();
  }

  static void assertJson(String expected, Reply reply) {
    assertEquals(TestHttp.json(expected), reply.json(), reply.body());
  }
}
