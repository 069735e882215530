package dev.onboardkit.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The configuration metadata IDEs complete {@code onboardkit.*} from is generated into the jar, lists every property
 * and describes each one.
 */
class ConfigurationMetadataTest {
  @Test
  void everyPropertyIsListedWithADescription() throws IOException {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertNotNull(in, "spring-boot-configuration-processor did not run");
      metadata = new ObjectMapper().readTree(in);
    }
    TreeSet<String> names = new TreeSet<>();
    List<String> undocumented = new ArrayList<>();
    for (JsonNode property : metadata.get("properties")) {
      String name = property.get("name").asText();
      names.add(name);
      if (!property.hasNonNull("description") || property.get("description").asText().isBlank()) {
        undocumented.add(name);
      }
    }
    List<String> shared = List.of("enabled", "max-retries", "max-retry-after", "timeouts.call", "timeouts.connect",
        "timeouts.deadline", "timeouts.read", "timeouts.write", "user-agent-suffix");
    TreeSet<String> expected = new TreeSet<>(List.of("management.health.onboardkit.enabled",
        "management.metrics.onboardkit.enabled", "onboardkit.klara.api-key", "onboardkit.klara.base-url",
        "onboardkit.klara.environment", "onboardkit.didit.access-token", "onboardkit.didit.auth-base-url",
        "onboardkit.didit.api-key", "onboardkit.didit.verification-base-url",
        "onboardkit.didit.email", "onboardkit.didit.password"));
    shared.forEach(p -> {
      expected.add("onboardkit.klara." + p);
      expected.add("onboardkit.didit." + p);
    });
    assertEquals(expected, names);
    assertEquals(List.of(), undocumented);
    assertTrue(metadata.toString().contains("\"defaultValue\":true"), "enabled defaults to true");
  }
}
