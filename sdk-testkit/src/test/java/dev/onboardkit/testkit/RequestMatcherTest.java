package dev.onboardkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestMatcherTest {

  @Test
  void exactPathsAndMethods() {
    RequestMatcher m = RequestMatcher.of("post", "/applications");
    assertTrue(m.matches("POST", "/applications"));
    assertFalse(m.matches("GET", "/applications"));
    assertFalse(m.matches("POST", "/applications/x"));
    assertFalse(m.matches("POST", "/applications/"));
    assertEquals("POST /applications", m.toString());
    assertEquals(RequestMatcher.of("POST", "/applications"), m);
  }

  @Test
  void trailingWildcardsAndAny() {
    RequestMatcher m = RequestMatcher.of("*", "/applications/*");
    assertTrue(m.matches("GET", "/applications/a"));
    assertTrue(m.matches("POST", "/applications/a/decision"));
    assertFalse(m.matches("GET", "/applications"));
    assertTrue(RequestMatcher.any().matches("DELETE", "/anything"));
    assertTrue(RequestMatcher.method("GET").matches("GET", "/x"));
    assertFalse(RequestMatcher.method("GET").matches("POST", "/x"));
    assertTrue(RequestMatcher.of("GET", "/app*").matches("GET", "/applications"));
  }

  @Test
  void invalidPatterns() {
    assertThrows(IllegalArgumentException.class, () -> RequestMatcher.of("GET", "/a/*/b"));
    assertThrows(IllegalArgumentException.class, () -> RequestMatcher.of("GET", "applications"));
    assertThrows(IllegalArgumentException.class, () -> RequestMatcher.of(" ", "/a"));
  }
}
