package dev.onboardkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.core.support.ResponseTypes;
import dev.onboardkit.klara.applications.KlaraApplication;
import dev.onboardkit.klara.applications.KlaraDocumentDownload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every Klara response type keeps the members its model does not declare, through the one shared mechanism. */
class UnknownMembersTest {
  @Test
  void everyDecodedTypeImplementsApiObject() {
    List<Class<?>> decoded = ResponseTypes.decoded(KlaraClient.class, "dev.onboardkit.klara");

    assertEquals(decoded, ResponseTypes.of(KlaraClient.class, "dev.onboardkit.klara"));
    assertEquals(15, decoded.size(), decoded.toString());
  }

  @Test
  void unknownMembersKeepTheirOrderNullsAndNestedValues() throws Exception {
    KlaraApplication app = SdkJson.mapper().readValue("{\"id\":\"a\",\"status\":\"created\","
        + "\"created_at\":\"2026-03-01T09:00:00Z\",\"zeta\":null,\"alpha\":{\"list\":[1,2.5,\"x\",false]}}",
        KlaraApplication.class);
    KlaraDocumentDownload download = SdkJson.mapper().readValue("{\"url\":\"https://s3.example/d\","
        + "\"file_name\":\"d.pdf\",\"file_type\":\"application/pdf\",\"size_bytes\":1024}", KlaraDocumentDownload.class);

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("zeta", null);
    expected.put("alpha", Map.of("list", List.of(1, 2.5, "x", false)));
    assertEquals(expected, app.additionalProperties());
    assertEquals(List.of("zeta", "alpha"), List.copyOf(app.additionalProperties().keySet()));
    assertEquals(Map.of("size_bytes", 1024), download.additionalProperties());
  }
}
