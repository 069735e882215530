package dev.onboardkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.onboardkit.core.internal.json.MaskedInJson;
import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.core.support.ResponseTypes;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Secret, and a value marked {@link MaskedInJson}, never serialise in plain text through a mapper that is not the SDK's. */
class SecretJsonTest {
  private static final String VALUE = "P48KD6PN9XMRGJV0";

  /** What an application's own response object or log event might hold. */
  @JsonPropertyOrder({"code", "link", "noLink"}) // getter discovery order is not specified by the JVM
  public static final class Holder {
    private final Secret code = Secret.of(VALUE);

    public Secret getCode() {
      return code;
    }

    @MaskedInJson
    public URI getLink() {
      return URI.create("https://app.klara-ai.com/apply/abc?auth_code=" + VALUE);
    }

    @MaskedInJson
    public Optional<URI> getNoLink() {
      return Optional.empty();
    }
  }

  @Test
  void aPlainObjectMapperWritesTheMask() throws Exception {
    ObjectMapper plain = new ObjectMapper();

    assertEquals("\"Secret[****]\"", plain.writeValueAsString(Secret.of(VALUE)));
    assertEquals("{\"code\":\"Secret[****]\",\"link\":\"****\",\"noLink\":null}", plain.writeValueAsString(new Holder()));
  }

  @Test
  void aSpringStyleMapperWithEveryModuleWritesTheMask() throws Exception {
    ObjectMapper spring = new ObjectMapper().findAndRegisterModules();
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("code", Optional.of(Secret.of(VALUE)));
    event.put("holder", new Holder());

    assertEquals("{\"code\":\"Secret[****]\",\"holder\":{\"code\":\"Secret[****]\",\"link\":\"****\",\"noLink\":null}}",
        spring.writeValueAsString(event));
  }

  @Test
  void aMapperReadingFieldsWithoutAnnotationsFindsNothingToWrite() {
    ObjectMapper fields = JsonMapper.builder()
        .disable(MapperFeature.USE_ANNOTATIONS)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .build();

    InvalidDefinitionException e =
        assertThrows(InvalidDefinitionException.class, () -> fields.writeValueAsString(Secret.of(VALUE)));
    assertFalse(e.getMessage().contains(VALUE), e.getMessage());
  }

  @Test
  void theSdkMapperWritesTheValueForRequestBodies() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("password", Secret.of(VALUE));
    body.put("maybe", Optional.of(Secret.of("x")));

    assertEquals("{\"password\":\"" + VALUE + "\",\"maybe\":\"x\"}", SdkJson.mapper().writeValueAsString(body));
  }

  @Test
  void readingTheMaskBackFailsInsteadOfPassingForTheValue() throws Exception {
    for (ObjectMapper mapper : ResponseTypes.foreignMappers()) {
      String written = mapper.writeValueAsString(Secret.of(VALUE));
      ValueInstantiationException e =
          assertThrows(ValueInstantiationException.class, () -> mapper.readValue(written, Secret.class));
      assertTrue(e.getMessage().contains("masked Secret"), e.getMessage());
    }
    assertEquals(Secret.of(VALUE), new ObjectMapper().readValue("\"" + VALUE + "\"", Secret.class));
  }
}
