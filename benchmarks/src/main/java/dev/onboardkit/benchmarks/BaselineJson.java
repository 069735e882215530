package dev.onboardkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one {@link ObjectMapper} of the hand-written side, in a class of its own so that a cold start of one vendor's
 * hand-written call does not also prefetch the other vendor's readers.
 */
final class BaselineJson {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private BaselineJson() {}
}
