package dev.onboardkit.didit.questionnaires;

import static dev.onboardkit.didit.support.PlatformFixtures.QUESTIONNAIRE;
import static dev.onboardkit.didit.support.PlatformFixtures.QUESTIONNAIRE_ID;
import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every questionnaire operation: the exact request on the wire and the decoding of a realistic answer. */
class QuestionnaireServiceTest {
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
    server.close();
  }

  private RecordedRequest take() throws InterruptedException {
    return VerificationClients.take(server);
  }

  @Test
  void createSendsTheTitleDescriptionAndQuestionsAndDecodesTheQuestionnaire() throws Exception {
    server.enqueue(json(201, QUESTIONNAIRE));
    Map<String, Object> question = new HashMap<>();
    question.put("type", "single_choice");
    List<Map<String, Object>> questions = new ArrayList<>(List.of(question));
    DiditCreateQuestionnaireRequest request = DiditCreateQuestionnaireRequest.builder()
        .title("Source of funds").description("A few questions about your income").questions(questions).build();
    question.put("type", "changed after build");
    questions.add(Map.of());
    DiditQuestionnaire q = client.questionnaires().create(request);

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/questionnaires/", r.getTarget());
    assertEquals("{\"title\":\"Source of funds\",\"description\":\"A few questions about your income\","
        + "\"questions\":[{\"type\":\"single_choice\"}]}", body(r));

    assertEquals(QUESTIONNAIRE_ID, q.uuid().orElseThrow());
    assertEquals("Source of funds", q.title().orElseThrow());
    assertEquals("A few questions about your income", q.description().orElseThrow());
    assertEquals(2, q.questions().size());
    assertEquals(List.of("Salary", "Savings", "Other"), q.questions().get(0).get("options"));
    assertEquals(Map.of("Other", 2), q.questions().get(0).get("branching"));
    Map<String, Object> second = new HashMap<>();
    second.put("type", "text");
    second.put("text", "Please explain");
    second.put("hint", null);
    assertEquals(second, q.questions().get(1));
    assertEquals(Map.of("languages", List.of("en", "es")), q.additionalProperties());
  }

  @Test
  void createIsNotSentTwiceOnceItReachedTheServer() {
    server.enqueue(json(502, "{\"detail\":\"bad gateway\"}"));
    assertThrows(InternalServerException.class, () -> client.questionnaires().create(
        DiditCreateQuestionnaireRequest.builder().title("t").questions(List.of(Map.of("type", "text"))).build()));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void requestsAreValidatedBeforeSending() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> DiditCreateQuestionnaireRequest.builder().description("d").build());
    assertEquals(List.of("title", "questions"),
        e.problems().stream().map(p -> p.field()).collect(Collectors.toList()));
    Map<String, Object> nullKey = new HashMap<>();
    nullKey.put(null, "x");
    e = assertThrows(InvalidRequestException.class, () -> DiditQuestionnaireUpdate.builder()
        .questions(Arrays.asList(Map.of("type", "text"), null, nullKey)).build());
    assertEquals(List.of("questions[1]", "questions[2]"),
        e.problems().stream().map(p -> p.field()).collect(Collectors.toList()));
    assertThrows(InvalidRequestException.class, () -> client.questionnaires().retrieve(null));
    assertThrows(InvalidRequestException.class, () -> client.questionnaires().update(QUESTIONNAIRE_ID, null));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void listRetrieveUpdateAndDeleteUseTheQuestionnairePaths() throws Exception {
    server.enqueue(json(200, "[" + QUESTIONNAIRE + "]"));
    assertEquals(QUESTIONNAIRE_ID, client.questionnaires().list().items().get(0).uuid().orElseThrow());
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/questionnaires/", r.getTarget());

    server.enqueue(json(200, QUESTIONNAIRE));
    client.questionnaires().retrieve(QUESTIONNAIRE_ID);
    r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/questionnaires/" + QUESTIONNAIRE_ID + "/", r.getTarget());

    server.enqueue(json(503, "{\"detail\":\"Service unavailable\"}").newBuilder().setHeader("Retry-After", "0")
        .build());
    server.enqueue(json(200, QUESTIONNAIRE));
    client.questionnaires().update(QUESTIONNAIRE_ID, DiditQuestionnaireUpdate.builder().title("Funds").build());
    take();
    r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v3/questionnaires/" + QUESTIONNAIRE_ID + "/", r.getTarget());
    assertEquals("{\"title\":\"Funds\"}", body(r));

    server.enqueue(new MockResponse.Builder().code(204).build());
    assertEquals(Map.of(), client.questionnaires().delete(QUESTIONNAIRE_ID));
    r = take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/v3/questionnaires/" + QUESTIONNAIRE_ID + "/", r.getTarget());
  }
}
