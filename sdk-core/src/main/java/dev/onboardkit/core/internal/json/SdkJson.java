package dev.onboardkit.core.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.onboardkit.core.SdkDefaults;
import dev.onboardkit.core.Secret;
import java.net.URI;

/**
 * The one Jackson configuration every OnboardKit client uses. For client modules; applications do not need it.
 *
 * <ul>
 *   <li>unknown properties are ignored (APIs add fields);
 *   <li>names are snake_case on the wire ({@code configId} is {@code config_id});
 *   <li>absent optionals and null attributes are not sent; explicit nulls inside maps are (for PATCH clears);
 *   <li>{@code java.time} types are ISO-8601 strings; offsets and fractional seconds such as
 *       {@code 2026-03-05T14:30:00.000Z} are accepted;
 *   <li>URIs are decoded leniently: characters a strict {@link java.net.URI} refuses are percent-encoded;
 *   <li>a {@link dev.onboardkit.core.Secret} is written as its value (request bodies carry passwords). This mapper
 *       alone does so: any other mapper writes the mask ({@link RevealingSecretSerializer});
 *   <li>input is bounded: nesting deeper than {@link SdkDefaults.Limits#MAX_JSON_NESTING_DEPTH} fails cleanly instead
 *       of exhausting the stack, and a document of more than {@link SdkDefaults.Limits#MAX_JSON_TOKENS} tokens fails
 *       before the objects decoded from it can outgrow the heap.
 * </ul>
 */
public final class SdkJson {
  private static final ObjectMapper MAPPER = create();

  private SdkJson() {}

  /**
   * Returns the shared mapper. Do not reconfigure it; use {@link #create()} for a private copy.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Creates a new mapper with the SDK configuration.
   *
   * @return a new mapper
   */
  public static ObjectMapper create() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(SdkDefaults.Limits.MAX_JSON_NESTING_DEPTH)
            .maxStringLength(SdkDefaults.Limits.MAX_RESPONSE_BYTES)
            .maxNumberLength(1000)
            .maxTokenCount(SdkDefaults.Limits.MAX_JSON_TOKENS)
            .build())
        .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new SimpleModule("onboardkit-lenient-uri").addDeserializer(URI.class, new LenientUriDeserializer()))
        .addModule(new SimpleModule("onboardkit-secret-values")
            .addSerializer(Secret.class, new RevealingSecretSerializer()))
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Build each type's deserializer on first use, not when a reader is created: clients create readers for
        // every operation up front, and would otherwise pay at start-up for types they never decode.
        .disable(DeserializationFeature.EAGER_DESERIALIZER_FETCH)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // Response types are decoded through their builders; an explicit JSON null means "not sent", so the
        // builder keeps its default (empty optional, empty list, documented default) instead of rejecting null.
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
        .build();
  }
}
