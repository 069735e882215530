package dev.onboardkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OptionsTest {
  @Test
  void defaultTimeoutsMatchTheDocumentedValues() {
    Timeouts t = Timeouts.defaults();
    assertEquals(Optional.of(Duration.ofSeconds(10)), t.connect());
    assertEquals(Optional.of(Duration.ofSeconds(30)), t.read());
    assertEquals(Optional.of(Duration.ofSeconds(30)), t.write());
    assertEquals(Optional.of(Duration.ofSeconds(60)), t.call());
    assertEquals(Optional.empty(), t.deadline());
  }

  @Test
  void perRequestTimeoutsMergeFieldByField() {
    Timeouts client = Timeouts.builder().read(Duration.ofSeconds(5)).deadline(Duration.ofMinutes(2)).build()
        .mergedOver(Timeouts.defaults());
    Timeouts request = Timeouts.builder().call(Duration.ofSeconds(90)).build();

    Timeouts merged = request.mergedOver(client);

    assertEquals(Optional.of(Duration.ofSeconds(10)), merged.connect());
    assertEquals(Optional.of(Duration.ofSeconds(5)), merged.read());
    assertEquals(Optional.of(Duration.ofSeconds(90)), merged.call());
    assertEquals(Optional.of(Duration.ofMinutes(2)), merged.deadline());
    assertEquals(Optional.empty(), Timeouts.builder().noDeadline().build().mergedOver(client).deadline());
  }

  @Test
  void invalidTimeoutsAreAllReported() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Timeouts.builder()
        .connect(Duration.ZERO).read(Duration.ofSeconds(-1)).deadline(Duration.ZERO).build());

    assertEquals(List.of(new ValidationProblem("timeouts.connect", "must be positive"),
        new ValidationProblem("timeouts.read", "must be positive"),
        new ValidationProblem("timeouts.deadline", "must be positive")), e.problems());
  }

  @Test
  void requestOptionsCollectEveryProblem() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> RequestOptions.builder()
        .maxRetries(-1).timeout(Duration.ZERO).build());
    assertEquals(2, e.problems().size());

    RequestOptions ok = RequestOptions.builder().maxRetries(4).deadline(Duration.ofSeconds(30)).build();
    assertEquals(OptionalInt.of(4), ok.maxRetries());
    assertEquals(Optional.of(Duration.ofSeconds(30)), ok.timeouts().deadline());
  }

  @Test
  void clientOptionsReportEveryInvalidValueAtOnce() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ClientOptions.builder()
        .baseUrl(URI.create("http://api.example.com")).maxRetries(-2).maxRetryAfter(null).clock(null)
        .userAgentSuffix("x\ny").build());

    assertEquals(List.of("baseUrl", "maxRetries", "maxRetryAfter", "clock", "userAgentSuffix"),
        e.problems().stream().map(ValidationProblem::field).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void backoffDefaultsToTheDocumentedValuesAndIsCheckedPerClientAndPerCall() {
    ClientOptions defaults = ClientOptions.builder().baseUrl(URI.create("https://api.example.com")).build();
    assertEquals(Duration.ofMillis(500), defaults.initialBackoff());
    assertEquals(Duration.ofSeconds(8), defaults.maxBackoff());
    assertEquals(SdkDefaults.Retry.INITIAL_BACKOFF, defaults.initialBackoff());
    assertEquals(SdkDefaults.Retry.MAX_BACKOFF, defaults.maxBackoff());

    InvalidRequestException client = assertThrows(InvalidRequestException.class, () -> ClientOptions.builder()
        .baseUrl(URI.create("https://api.example.com")).initialBackoff(Duration.ofMillis(-1)).maxBackoff(null)
        .build());
    assertEquals(List.of(new ValidationProblem("initialBackoff", "must be zero or more"),
        new ValidationProblem("maxBackoff", "must be zero or more")), client.problems());

    InvalidRequestException call = assertThrows(InvalidRequestException.class, () -> RequestOptions.builder()
        .initialBackoff(Duration.ofMillis(-1)).maxBackoff(Duration.ofMillis(-1)).build());
    assertEquals(List.of(new ValidationProblem("initialBackoff", "must be zero or more"),
        new ValidationProblem("maxBackoff", "must be zero or more")), call.problems());

    RequestOptions tuned = RequestOptions.builder().initialBackoff(Duration.ZERO).maxBackoff(Duration.ofSeconds(1))
        .build();
    assertEquals(Optional.of(Duration.ZERO), tuned.initialBackoff());
    assertEquals(Optional.of(Duration.ofSeconds(1)), tuned.maxBackoff());
    assertEquals(Optional.empty(), RequestOptions.none().initialBackoff());
  }

  @Test
  void clientOptionsToStringHidesCredentials() {
    ClientOptions o = ClientOptions.builder().baseUrl(URI.create("https://api.example.com/v1/"))
        .credentials(CredentialsProvider.fixed(Credential.bearer(Secret.of("tok-secret-123")))).build();

    assertEquals(URI.create("https://api.example.com/v1"), o.baseUrl());
    assertFalse(o.toString().contains("tok-secret-123"), o.toString());
    assertTrue(o.toString().contains("credentials=****"), o.toString());
  }

  @Test
  void secretsMaskThemselvesAndCompareInConstantTime() {
    Secret s = Secret.of("pa55word!");
    assertEquals("Secret[****]", s.toString());
    assertEquals("pa55word!", s.reveal());
    assertTrue(s.matches("pa55word!"));
    assertFalse(s.matches("pa55word"));
    assertEquals(Secret.of("pa55word!"), s);
    assertThrows(InvalidRequestException.class, () -> Secret.of(null));
    assertThrows(InvalidRequestException.class, () -> Secret.of(""));
  }

  @Test
  void bearerTokensWithWhitespaceAreRejected() {
    assertThrows(InvalidRequestException.class, () -> Credential.bearer(Secret.of("abc def")));
    assertThrows(InvalidRequestException.class, () -> Credential.bearer(Secret.of("abc\r\n")));
  }

  @Test
  void emptyJsonStringsDecodeAsAbsentSecrets() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper m = dev.onboardkit.core.internal.json.SdkJson.mapper();
    assertEquals(Optional.empty(), m.readValue("{\"s\":\"\"}",
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Optional<Secret>>>() {}).get("s"));
    assertEquals(Optional.of(Secret.of("abc")), m.readValue("{\"s\":\"abc\"}",
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Optional<Secret>>>() {}).get("s"));
    assertEquals("\"abc\"", m.writeValueAsString(Secret.of("abc")));
  }
}
