package dev.onboardkit.core.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.internal.error.ErrorBodyParts;
import dev.onboardkit.core.internal.error.ErrorShape;
import dev.onboardkit.core.support.TestVendor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which server wait wins when a response carries several: headers first unless the vendor's shape says otherwise. */
class RetryAfterOrderTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  /** A vendor whose body wait is its own signal, as Didit's is. */
  private static final ErrorShape BODY_FIRST = new ErrorShape() {
    @Override
    public void read(JsonNode object, ErrorBodyParts parts) {
      TestVendor.SHAPE.read(object, parts);
    }

    @Override
    public boolean bodyWaitFirst() {
      return true;
    }
  };

  private static HttpResponse response(String body, String... headers) {
    Headers.Builder h = Headers.builder();
    for (int i = 0; i < headers.length; i += 2) {
      h.add(headers[i], headers[i + 1]);
    }
    return new HttpResponse(429, h.build(), body.getBytes(StandardCharsets.UTF_8), false, null, 1);
  }

  @Test
  void byDefaultTheHeadersOutrankTheBody() {
    HttpResponse both = response("{\"wait\":5}", "Content-Type", "application/json", "Retry-After", "30");

    assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.of(both, CLOCK, TestVendor.SHAPE));
  }

  @Test
  void aShapeThatPutsTheBodyFirstWinsOverBothHeaders() {
    HttpResponse both = response("{\"wait\":5}", "Content-Type", "application/json", "Retry-After", "30",
        "Retry-After-Ms", "30000");
    HttpResponse headersOnly = response("{\"detail\":\"slow down\"}", "Content-Type", "application/json",
        "Retry-After", "30");
    HttpResponse bodyOnly = response("{\"wait\":7}", "Content-Type", "application/json");

    assertEquals(Optional.of(Duration.ofSeconds(5)), RetryAfter.of(both, CLOCK, BODY_FIRST));
    assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.of(headersOnly, CLOCK, BODY_FIRST));
    assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.of(bodyOnly, CLOCK, BODY_FIRST));
    assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.of(response("", "Retry-After", "30"), CLOCK, BODY_FIRST));
  }
}
