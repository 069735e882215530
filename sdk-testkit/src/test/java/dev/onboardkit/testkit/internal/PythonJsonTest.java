package dev.onboardkit.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The fake's Python-style JSON matches Python's own output (make_python_json.py, committed with its output). */
class PythonJsonTest {
  @Test
  void writesWhatPythonWrites() throws Exception {
    JsonNode cases;
    try (InputStream in = getClass().getResourceAsStream("/didit/python-json.json")) {
      cases = new ObjectMapper().readTree(in).get("cases");
    }
    assertEquals(4, cases.size());
    for (JsonNode c : cases) {
      JsonNode value = Json.MAPPER.readTree(c.get("input").asText());
      assertEquals(c.get("didit").asText(), PythonJson.didit(value));
      assertEquals(c.get("canonical").asText(), PythonJson.canonical(value));
    }
  }
}
