package dev.onboardkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadersTest {
  @Test
  void lookupsIgnoreCaseAndKeepOrder() {
    Headers h = Headers.builder().add("X-A", "1").add("x-a", "2").add("Content-Type", "application/json").build();

    assertEquals(Optional.of("1"), h.first("x-A"));
    assertEquals(List.of("1", "2"), h.all("X-A"));
    assertEquals(Set.of("x-a", "content-type"), h.names());
    assertEquals(3, h.size());
  }

  @Test
  void setReplacesAndSetAllOverridesByName() {
    Headers base = Headers.builder().add("Accept", "a").add("X-K", "1").build();
    Headers merged = base.toBuilder().setAll(Headers.builder().set("accept", "b").build()).build();

    assertEquals(List.of("b"), merged.all("Accept"));
    assertEquals(Optional.of("1"), merged.first("X-K"));
  }

  @Test
  void lineBreaksAndControlCharactersAreRejectedWithoutEchoingTheValue() {
    for (String bad : List.of("a\r\nX-Injected: 1", "a\nb", "a\u0000b", "a\u007fb")) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> Headers.builder().add("X-Custom", bad));
      assertEquals("header 'X-Custom'", e.problems().get(0).field());
      assertFalse(e.getMessage().contains("Injected"), e.getMessage());
    }
    assertThrows(InvalidRequestException.class, () -> Headers.builder().add("Bad Name", "v"));
    assertThrows(InvalidRequestException.class, () -> Headers.builder().add(null, "v"));
    assertThrows(InvalidRequestException.class, () -> Headers.builder().set("X", null));
  }

  @Test
  void toStringMasksCredentials() {
    Headers h = Headers.builder().add("Authorization", "Bearer s3cr3t-token").add("x-api-key", "key-123")
        .add("Accept", "application/json").build();

    assertEquals("{Authorization=Bearer [REDACTED], x-api-key=[REDACTED], Accept=application/json}", h.toString());
  }

  @Test
  void requestIdFromCommonHeaders() {
    assertEquals(Optional.of("r1"), Headers.builder().add("X-Request-Id", "r1").build().requestId());
    assertEquals(Optional.of("r2"), Headers.builder().add("request-id", "r2").build().requestId());
    assertEquals(Optional.empty(), Headers.builder().add("x-request-id", " ").build().requestId());
  }
}
