package dev.onboardkit.core.internal.json;

import dev.onboardkit.core.json.OpenEnum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.onboardkit.core.support.Widget;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdkJsonTest {
  enum Colour implements OpenEnum {
    RED("red"), IN_PROGRESS("in_progress"), UNKNOWN("");

    private final String wire;

    Colour(String wire) {
      this.wire = wire;
    }

    @Override
    public String wireValue() {
      return wire;
    }
  }

  @ParameterizedTest
  @CsvSource({
      "2026-03-05T14:30:00.000Z,2026-03-05T14:30:00Z", "2026-03-05T14:30:00Z,2026-03-05T14:30:00Z",
      "2025-06-01T10:00:00.123456Z,2025-06-01T10:00:00.123456Z", "2026-03-05T16:30:00+02:00,2026-03-05T14:30:00Z"})
  void instantsAcceptMillisMicrosAndOffsets(String wire, String expected) throws Exception {
    Widget w = SdkJson.mapper().readValue("{\"widget_id\":\"w\",\"created_at\":\"" + wire + "\"}", Widget.class);
    assertEquals(Instant.parse(expected), w.getCreatedAt());
  }

  @Test
  void unknownPropertiesAreIgnoredAndAbsentOptionalsNotWritten() throws Exception {
    Widget w = SdkJson.mapper().readValue(
        "{\"widget_id\":\"w\",\"created_at\":\"2026-01-01T00:00:00Z\",\"brand_new\":[1,{\"x\":2}]}", Widget.class);
    assertEquals(Optional.empty(), w.getNote());
    assertEquals("{\"widget_id\":\"w\",\"created_at\":\"2026-01-01T00:00:00Z\"}",
        SdkJson.mapper().writeValueAsString(w));
  }

  @Test
  void deepNestingFailsCleanly() {
    String deep = "[".repeat(1000) + "]".repeat(1000);
    assertThrows(StreamConstraintsException.class, () -> SdkJson.mapper().readTree(deep));
  }

  @Test
  void trailingGarbageIsRejected() {
    assertThrows(Exception.class, () -> SdkJson.mapper().readValue("{\"a\":1} trailing", Map.class));
  }

  @Test
  void openEnumsMapKnownValuesIgnoringCaseAndFallBackToUnknown() {
    assertEquals(Colour.IN_PROGRESS, OpenEnum.fromWire(Colour.class, "in_progress", Colour.UNKNOWN));
    assertEquals(Colour.RED, OpenEnum.fromWire(Colour.class, "RED", Colour.UNKNOWN));
    assertEquals(Colour.UNKNOWN, OpenEnum.fromWire(Colour.class, "cancelled", Colour.UNKNOWN));
    assertEquals(Colour.UNKNOWN, OpenEnum.fromWire(Colour.class, null, Colour.UNKNOWN));
    assertEquals(Colour.UNKNOWN, OpenEnum.fromWire(Colour.class, "", Colour.UNKNOWN));
  }
}
