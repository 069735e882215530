package dev.onboardkit.didit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.internal.error.ErrorBodyDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Didit's error bodies (Django REST framework's), as {@link DiditErrorShape} reads them through the shared decoder. */
class DiditErrorShapeTest {
  private static ErrorBody decode(String body) {
    return ErrorBodyDecoder.decode(body.getBytes(StandardCharsets.UTF_8), "application/json",
        DiditVendor.PROFILE.errorShape());
  }

  @Test
  void drfDetail() {
    ErrorBody e = decode("{\"detail\":\"You do not have permission to perform this action.\"}");

    assertEquals("You do not have permission to perform this action.", e.message());
    assertEquals(List.of(), e.nonFieldErrors());
  }

  @Test
  void drfFieldMapSummarisesTheFirstErrorAndCountsTheRest() {
    ErrorBody e = decode("{\"website_url\":[\"Enter a valid URL.\"],\"privacy_url\":[\"Enter a valid URL.\","
        + "\"Ensure this field has no more than 200 characters.\"]}");

    assertEquals("website_url: Enter a valid URL. (and 2 more)", e.message());
    assertEquals(List.of("Enter a valid URL.", "Ensure this field has no more than 200 characters."),
        e.fieldErrors().get("privacy_url"));
  }

  @Test
  void nestedListOfListsIsFlattenedWithIndexes() {
    ErrorBody e = decode("{\"features\":[[\"This field is required.\"],[\"Not a valid choice.\"]]}");

    assertEquals(Map.of("features[0]", List.of("This field is required."), "features[1]",
        List.of("Not a valid choice.")), e.fieldErrors());
  }

  @Test
  void nestedListOfObjectsKeepsTheIndexOfTheFailingItem() {
    ErrorBody e = decode("{\"form_elements\":[{},{\"element_type\":[\"\\\"x\\\" is not a valid choice.\"]}]}");

    assertEquals(Map.of("form_elements[1].element_type", List.of("\"x\" is not a valid choice.")), e.fieldErrors());
    assertEquals("form_elements[1].element_type: \"x\" is not a valid choice.", e.message());
  }

  @Test
  void nonFieldErrorsKey() {
    ErrorBody e = decode("{\"non_field_errors\":[\"Unable to log in with provided credentials.\"]}");

    assertEquals(List.of("Unable to log in with provided credentials."), e.nonFieldErrors());
    assertEquals(Map.of(), e.fieldErrors());
    assertEquals("Unable to log in with provided credentials.", e.message());
  }

  @Test
  void detailWithNumericWaitGivesRetryAfter() {
    ErrorBody e = decode("{\"detail\":\"Too many attempts.\",\"wait\":30}");

    assertEquals("Too many attempts.", e.message());
    assertEquals(Optional.of(Duration.ofSeconds(30)), e.retryAfter());
  }

  @Test
  void fractionalAndStringWaits() {
    assertEquals(Optional.of(Duration.ofMillis(1500)), decode("{\"detail\":\"x\",\"wait\":1.5}").retryAfter());
    assertEquals(Optional.of(Duration.ofSeconds(12)), decode("{\"detail\":\"x\",\"wait\":\"12\"}").retryAfter());
    assertEquals(Optional.empty(), decode("{\"detail\":\"x\",\"wait\":\"soon\"}").retryAfter());
    assertEquals(Optional.empty(), decode("{\"detail\":\"x\",\"wait\":-3}").retryAfter());
  }

  @Test
  void drfThrottleDetailWithoutWaitStillGivesRetryAfter() {
    ErrorBody e = decode("{\"detail\":\"Request was throttled. Expected available in 59 seconds.\"}");

    assertEquals(Optional.of(Duration.ofSeconds(59)), e.retryAfter());
  }

  @Test
  void allowedListIsReachable() {
    ErrorBody e = decode("{\"detail\":\"Invalid value for status.\",\"allowed\":[\"Approved\",\"Declined\"]}");

    assertEquals(List.of("Approved", "Declined"), e.stringList("allowed"));
    assertEquals(List.of(), e.stringList("missing"));
  }

  @Test
  void drfFieldsNamedLikeEnvelopeMetadataAreStillFieldErrors() {
    ErrorBody e = decode("{\"code\":[\"Ensure this field has exactly 6 characters.\"],\"email\":[\"Enter a valid email address.\"]}");

    assertEquals(Map.of("code", List.of("Ensure this field has exactly 6 characters."),
        "email", List.of("Enter a valid email address.")), e.fieldErrors());
    assertEquals("code: Ensure this field has exactly 6 characters. (and 1 more)", e.message());
    assertEquals(Optional.empty(), e.code());
  }

  @Test
  void aScalarCodeBesideADetailIsTheMachineCode() {
    ErrorBody e = decode("{\"detail\":\"Token is invalid or expired\",\"code\":\"token_not_valid\"}");

    assertEquals(Optional.of("token_not_valid"), e.code());
    assertEquals(Map.of(), e.fieldErrors());
  }


  @Test
  void aMessageOrErrorStringIsTheSummaryWithoutADetail() {
    assertEquals("fault decider failed", decode("{\"error\":\"fault decider failed\"}").message());
    assertEquals("Service unavailable", decode("{\"message\":\"Service unavailable\"}").message());
    assertEquals(Map.of(), decode("{\"message\":\"Service unavailable\"}").fieldErrors());
  }

  @Test
  void aStructuredDetailHoldsTheMessages() {
    ErrorBody e = decode("{\"detail\":{\"non_field_errors\":[\"Closed\"],\"name\":[\"Too long\"]}}");

    assertEquals(List.of("Closed"), e.nonFieldErrors());
    assertEquals(Map.of("name", List.of("Too long")), e.fieldErrors());
  }
}
