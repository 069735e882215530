package dev.onboardkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.core.support.ResponseTypes;
import dev.onboardkit.didit.account.DiditTokens;
import dev.onboardkit.didit.organizations.DiditOrganization;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every Didit response type keeps the members its model does not declare, through the one shared mechanism. */
class UnknownMembersTest {
  @Test
  void everyDecodedTypeImplementsApiObject() {
    List<Class<?>> decoded = ResponseTypes.decoded(DiditAuthClient.class, "dev.onboardkit.didit");

    assertEquals(decoded, ResponseTypes.of(DiditAuthClient.class, "dev.onboardkit.didit"));
    assertEquals(73, decoded.size(), decoded.toString());
  }

  @Test
  void unknownMembersAreKept() throws Exception {
    DiditTokens tokens = SdkJson.mapper().readValue("{\"access_token\":\"a\",\"token_type\":\"Bearer\"}",
        DiditTokens.class);
    DiditOrganization org = SdkJson.mapper().readValue("{\"uuid\":\"o\",\"name\":\"Acme\",\"plan\":{\"tier\":2}}",
        DiditOrganization.class);

    assertEquals(Map.of("token_type", "Bearer"), tokens.additionalProperties());
    assertEquals(Map.of("plan", Map.of("tier", 2)), org.additionalProperties());
  }
}
