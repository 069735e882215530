package dev.onboardkit.didit.internal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number rendering against Python: float-vectors.json holds thousands of lexemes and what Python writes for them. */
class PythonFloatReprTest {
  @Test
  void everyFloatLexemeIsWrittenAsPythonWritesIt() throws CanonicalJsonException {
    JsonNode floats = PythonVectorsTest.read("/webhook-vectors/float-vectors.json").get("floats");
    assertTrue(floats.size() > 3000, "vectors: " + floats.size());
    List<String> failures = new ArrayList<>();
    for (JsonNode pair : floats) {
      String lexeme = pair.get(0).asText();
      String expected = pair.get(1).asText();
      String actual = new String(CanonicalJson.canonicalize(lexeme.getBytes(StandardCharsets.US_ASCII)),
          StandardCharsets.US_ASCII);
      if (!expected.equals(actual)) {
        failures.add(lexeme + " -> " + actual + ", Python: " + expected);
      }
    }
    assertEquals(List.of(), failures);
  }

  @ParameterizedTest
  @CsvSource({
      "1e-05, 1e-05", "1E5, 100000", "0.10, 0.1", "1.0, 1", "100.0, 100", "-0.0, 0", "-0, 0",
      "1.5e300, "
          + "1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796"
          + "0655566657493258172654137848530406458634671882771800604742725808013898637056067453506921821350890534"
          + "2985245619991762167855845146132011197911417021374186888818323008526425717350420829458029818910081024"
          + "0",
      "1e400, Infinity", "-1e400, -Infinity", "1e-400, 0", "0.1e1, 1", "12345678901234567890, 12345678901234567890",
      "5e-324, 5e-324", "1.5e-7, 1.5e-07", "0.0001, 0.0001", "1234567890123456.7, 1234567890123456.8",
      "0.30000000000000004, 0.30000000000000004", "2.5E-3, 0.0025", "-1.25e-100, -1.25e-100"
  })
  void writesTheNumbersTheBriefNames(String lexeme, String python) throws CanonicalJsonException {
    assertEquals(python, new String(CanonicalJson.canonicalize(lexeme.getBytes(StandardCharsets.US_ASCII)),
        StandardCharsets.US_ASCII));
  }
}
