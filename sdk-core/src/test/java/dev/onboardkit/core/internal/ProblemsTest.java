package dev.onboardkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemsTest {
  @ParameterizedTest
  @ValueSource(strings = {"https://acme.example", "https://acme.example/callback", "http://localhost:8080/x?y=1#z",
      "HTTPS://ACME.EXAMPLE/Terms", "https://[::1]:8443/p", "https://a-b.c.example:443", "https://x.example/p%20q",
      "Http://acme.example", "https://host:65535/", "https://h.example/\u00e9t\u00e9", "https://h/a'b(c)*~!$,;=@"})
  void acceptsAbsoluteHttpUrls(String url) {
    assertTrue(Problems.isHttpUrl(url), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme.example", "ftp://acme.example", "https://", "https:///path", "https://acme .example",
      "https://acme.example/a b", "https://.example", "https://example./x", "https://host:99999/", "https://host:/",
      "javascript:alert(1)", "https://host\\u0000/", "https://[zz]/", "https://host\"/", "//host/path",
      "https://host:65536/", "https://host:0000001/", "https://h/a{b}", "https://h/a|b", "https://h/a^b", "https://h/a`b",
      "https://h/a<b>", "https://h/a\\b", "https://h/a\u007fb", "https://h/\tb", "https://ho_st/", "https://h\u00e9.example/",
      "https://host:12a/"})
  void rejectsEverythingElse(String url) {
    assertFalse(Problems.isHttpUrl(url), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev@acme-reseller.io", "a.b+tag@sub.example.co.uk", "x@a.io",
      // RFC 6531: UTF-8 local parts and domains; neither vendor documents refusing them, so the server decides.
      "jos\u00e9@example.com", "\u7528\u6237@\u4f8b\u5b50.\u4e2d\u56fd", "\u0434\u0436\u043e@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444",
      "a@\u00e9.io", "\ud842\udfb7@example.com", "e\u0301@example.com"})
  void acceptsEmails(String email) {
    assertTrue(Problems.isEmail(email), email);
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "@acme.io", "a@", "a@b", "a@@b.io", "a b@c.io", "a@-b.io", "a@b-.io", "a@b..io",
      "a@b.io.", "a\u00a0b@c.io", "a\u2028@c.io", "a\u00ab@c.io", "a@b\u3000c.io", "\u0000@c.io"})
  void rejectsNonEmails(String email) {
    assertFalse(Problems.isEmail(email), email);
  }

  @ParameterizedTest
  @ValueSource(strings = {"myapp://callback", "com.example.app:/oauth2redirect", "urn:ietf:wg:oauth:2.0:oob",
      "https://acme.example/callback", "HTTP://localhost:3000/cb", "my-app+x.y://host/p?q=1#f", "app://\u00e9t\u00e9"})
  void checkUriAcceptsAbsoluteUrisOfAnyScheme(String uri) {
    Problems p = new Problems();
    assertTrue(p.checkUri("u", uri), uri);
    assertTrue(p.isEmpty());
  }

  @Test
  void checkUriRejectsRelativeAndMalformedUris() {
    Problems p = new Problems();
    for (String uri : List.of("callback", "/path", "1app://x", "app:", "my app://x", "app://a b", "app://a<b>",
        "https://", "http:foo", ":x", "a\nb:c")) {
      assertFalse(p.checkUri("u", uri), uri);
    }
    assertEquals(List.of("must be an absolute URI with a scheme, such as https://example.com/callback or"
            + " myapp://callback", "must be an absolute http(s) URL, such as https://example.com/path",
            "must not contain line breaks or control characters"),
        assertThrows(InvalidRequestException.class, p::throwIfAny).problems().stream()
            .map(ValidationProblem::message).distinct().collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void collectsEveryProblemAndThrowsOnce() {
    Problems p = new Problems();
    p.requireText("name", null, 10);
    p.requireText("blank", "  ", 10);
    p.requireText("long", "x".repeat(11), 10);
    p.requireText("ctl", "a\u0007b", 10);
    p.checkText("multi", "line 1\nline 2\ttab", 100, true);
    p.requireEmail("email", "nope");
    p.checkHttpUrl("url", "ftp://x");
    p.requireId("id", "..");

    InvalidRequestException e = assertThrows(InvalidRequestException.class, p::throwIfAny);
    assertEquals(List.of(
        new ValidationProblem("name", "is required"),
        new ValidationProblem("blank", "must not be blank"),
        new ValidationProblem("long", "must be at most 10 characters"),
        new ValidationProblem("ctl", "must not contain line breaks or control characters"),
        new ValidationProblem("email", "must be a valid email address"),
        new ValidationProblem("url", "must be an absolute http(s) URL, such as https://example.com/path"),
        new ValidationProblem("id", "must not be '.' or '..'")), e.problems());
    assertTrue(e.getMessage().startsWith("Invalid request (7 problems): name is required; blank must not be blank"),
        e.getMessage());
  }
}
