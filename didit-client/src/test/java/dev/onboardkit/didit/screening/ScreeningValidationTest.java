package dev.onboardkit.didit.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every request builder reports all its problems at once, by field, and nothing is sent. */
class ScreeningValidationTest {
  private final MockWebServer server = new MockWebServer();
  private DiditClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = new VerificationClients().builder(server).build();
  }

  @AfterEach
  void stop() {
    client.close();
    assertEquals(0, server.getRequestCount(), "nothing reaches the server");
    server.close();
  }

  private static List<String> fields(Executable build) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, build);
    return e.problems().stream().map(ValidationProblem::field).collect(Collectors.toList());
  }

  @Test
  void databaseValidation() {
    assertEquals(List.of("partialMatchAction", "services[1]", "issuingState", "documentType", "gender"),
        fields(() -> DiditDatabaseValidationRequest.builder().issuingState("Spain").documentType("passport")
            .gender("female").partialMatchAction(DiditPolicyAction.UNKNOWN).services(Arrays.asList("a", null))
            .build()));
    assertEquals(List.of("issuingState"), fields(() -> DiditDatabaseValidationRequest.builder().build()));
    DiditDatabaseValidationRequest.builder().issuingState("ESP").build();
    DiditDatabaseValidationRequest.builder().issuingState("es").build();
  }

  @Test
  void amlScreening() {
    assertEquals(List.of("fullName", "entityType"),
        fields(() -> DiditAmlScreeningRequest.builder().fullName("  ").entityType("organisation").build()));
    assertEquals(List.of("fullName"), fields(() -> DiditAmlScreeningRequest.of(null)));
  }

  @Test
  void kybSearchAndSelect() {
    assertEquals(List.of("countryCode", "searchType", "webhookUrl"),
        fields(() -> DiditKybSearchRequest.builder().countryCode("United Kingdom").searchType("exact")
            .webhookUrl("not a url").build()));
    assertEquals(List.of("countryCode"), fields(() -> DiditKybSearchRequest.builder().name("Tesco").build()));
    DiditKybSearchRequest.builder().countryCode("US-CA").build();
    assertEquals(List.of("kybResponseId", "saveApiRequest"),
        fields(() -> DiditKybSelectRequest.builder().kybResponseId(" ").saveApiRequest(false).build()));
    assertEquals(List.of("kybResponseId"), fields(() -> DiditKybSelectRequest.of(null)));
  }

  @Test
  void emailSendAndCheck() {
    assertEquals(List.of("metadata", "email", "codeSize"),
        fields(() -> DiditEmailSendRequest.builder().email("not-an-address").codeSize(9)
            .metadata(nullKey()).build()));
    assertEquals(List.of("email"), fields(() -> DiditEmailSendRequest.of(null)));
    assertEquals(List.of("disposableEmailAction", "email", "code"),
        fields(() -> DiditEmailCheckRequest.builder().email("x@").code("1")
            .disposableEmailAction(DiditPolicyAction.UNKNOWN).build()));
    assertEquals(List.of("email", "code"), fields(() -> DiditEmailCheckRequest.builder().build()));
    assertEquals(List.of("code"), fields(() -> DiditEmailCheckRequest.of("a@example.com", "")));
  }

  @Test
  void phoneSendAndCheck() {
    assertEquals(List.of("phoneNumber", "codeSize"),
        fields(() -> DiditPhoneSendRequest.builder().phoneNumber("4155552671").codeSize(3).build()));
    assertEquals(List.of("phoneNumber"), fields(() -> DiditPhoneSendRequest.of("+1 415 555 2671")));
    assertEquals(List.of("phoneNumber"), fields(() -> DiditPhoneSendRequest.of("+" + "1".repeat(20))));
    assertEquals(List.of("voipNumberAction", "phoneNumber", "code"),
        fields(() -> DiditPhoneCheckRequest.builder().voipNumberAction(DiditPolicyAction.UNKNOWN).build()));
    assertEquals(List.of("code"), fields(() -> DiditPhoneCheckRequest.of("+14155552671", "123456789")));
    DiditPhoneCheckRequest.of("+14155552671", "A3K9");
  }

  @Test
  void aNullRequestIsRefusedBeforeSending() {
    for (Executable call : List.<Executable>of(
        () -> client.screening().validateDatabase(null),
        () -> client.screening().screenAml(null),
        () -> client.screening().searchKyb(null),
        () -> client.screening().selectKyb(null),
        () -> client.screening().sendEmailCode(null),
        () -> client.screening().checkEmailCode(null),
        () -> client.screening().sendPhoneCode(null),
        () -> client.screening().checkPhoneCode(null))) {
      assertEquals(List.of("request"), fields(call));
    }
  }

  private static Map<String, Object> nullKey() {
    Map<String, Object> m = new java.util.HashMap<>();
    m.put(null, "x");
    return m;
  }
}
