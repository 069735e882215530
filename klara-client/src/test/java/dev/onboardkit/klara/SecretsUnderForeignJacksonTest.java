package dev.onboardkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.core.support.ResponseTypes;
import dev.onboardkit.klara.applications.KlaraApplicationDocument;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraCreateApplicationResponse;
import dev.onboardkit.klara.applications.KlaraDocumentDownload;
import dev.onboardkit.klara.applications.KlaraParticipant;
import dev.onboardkit.klara.applications.KlaraRefreshPreAuthResponse;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequestResponse;
import dev.onboardkit.klara.support.TestKlara;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every Klara response type that holds a secret (found by reflection) keeps it out of {@code toString()} and out of
 * the JSON any application-side Jackson mapper writes: a plain {@code new ObjectMapper()} and a Spring-style mapper
 * with every module on the class path.
 */
class SecretsUnderForeignJacksonTest {
  static final String CODE = "P48KD6PN9XMRGJV0";
  static final String TOKEN = "at_7f3k9m2p4q8r1s5t";
  static final String SIGNATURE = "X-Amz-Signature=SIG0123456789";
  static final List<String> SECRETS = List.of(CODE, TOKEN, SIGNATURE);

  static final String PARTICIPANT = "{\"id\":\"p1\",\"access_token\":\"" + TOKEN + "\",\"email\":\"sophie@acme.com\","
      + "\"role\":\"primary\"}";
  static final String LINK = "https://app.klara-ai.com/external/acme/apply/7f3k?auth_code=" + CODE;
  static final String DOCUMENT_URL = "https://s3.example/certificate.pdf?" + SIGNATURE;

  /** One decoded example per secret-holding type, each carrying the secrets above. */
  static final Map<Class<?>, String> FIXTURES = new LinkedHashMap<>();

  static {
    FIXTURES.put(KlaraCreateApplicationResponse.class, "{\"application_id\":\"a1\",\"link\":\"" + LINK
        + "\",\"participants\":[" + PARTICIPANT + "],\"pre_auth_code\":\"" + CODE + "\"}");
    FIXTURES.put(KlaraRefreshPreAuthResponse.class, "{\"pre_auth_code\":\"" + CODE + "\",\"link\":\"" + LINK
        + "\",\"expires_at\":\"2026-03-08T14:30:00.000Z\",\"participant_id\":\"p1\",\"already_verified\":false}");
    FIXTURES.put(KlaraParticipant.class, PARTICIPANT);
    FIXTURES.put(KlaraDocumentDownload.class, "{\"url\":\"" + DOCUMENT_URL + "\",\"file_name\":\"certificate.pdf\","
        + "\"file_type\":\"application/pdf\"}");
    FIXTURES.put(KlaraApplicationDocument.class, "{\"id\":\"d1\",\"status\":\"accepted\",\"download_url\":\""
        + DOCUMENT_URL + "\"}");
    FIXTURES.put(KlaraCreateRfiRequestResponse.class, "{\"success\":true,\"request_id\":\"r1\",\"link\":\"" + LINK
        + "\",\"status\":\"active\",\"pre_auth_code\":\"" + CODE + "\"}");
  }

  private final TestKlara t = new TestKlara();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void everyResponseTypeHoldingASecretHasAnExampleHere() {
    List<Class<?>> all = ResponseTypes.of(KlaraClient.class, "dev.onboardkit.klara");
    Set<String> holding = all.stream().filter(ResponseTypes::holdsSecret).map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));

    assertTrue(all.size() >= 15, "found only " + all);
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
        assertTrue(written.contains("****"), written);
      }
    }
  }

  @Test
  void aSpringControllerReturningTheCreatedApplicationSendsMasksNotTheCodeOrLink() throws Exception {
    t.enqueue(201, FIXTURES.get(KlaraCreateApplicationResponse.class));
    KlaraCreateApplicationResponse created = t.klara.applications().create(KlaraCreateApplicationRequest.builder()
        .configId("kyc-standard").primaryContact("Sophie Mitchell", "sophie@acme.com", null).preAuth(true).build());

    String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(created);

    assertEquals("{\"applicationId\":\"a1\",\"link\":\"****\",\"participants\":[{\"id\":\"p1\","
        + "\"linkSlug\":null,\"accessToken\":\"Secret[****]\",\"email\":\"sophie@acme.com\",\"role\":\"primary\"}],"
        + "\"preAuthCode\":\"Secret[****]\",\"warning\":null}", json);
    assertEquals(CODE, created.preAuthCode().orElseThrow().reveal());
    assertEquals(LINK, created.link().toString());
  }

  private static void assertHidden(String where, String text) {
    for (String secret : SECRETS) {
      assertFalse(text.contains(secret), where + " shows " + secret + ": " + text);
    }
  }
}
