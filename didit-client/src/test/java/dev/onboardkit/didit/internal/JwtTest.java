package dev.onboardkit.didit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.core.Secret;
import dev.onboardkit.didit.support.Jwts;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtTest {
  @Test
  void readsTheExpClaim() {
    Instant exp = Instant.parse("2026-03-05T14:30:00Z");
    assertEquals(Optional.of(exp), Jwt.expiry(Jwts.withExp("u", exp)));
    assertEquals(Optional.of(exp), Jwt.expiry(Secret.of(Jwts.withExp("u", exp))));
  }

  @Test
  void acceptsFractionalAndStringExpAndPaddedPayloads() {
    assertEquals(Optional.of(Instant.ofEpochSecond(1767225600)),
        Jwt.expiry(Jwts.token("{\"exp\":1767225600.75}")));
    assertEquals(Optional.of(Instant.ofEpochSecond(1767225600)),
        Jwt.expiry(Jwts.token("{\"exp\":\"1767225600\"}")));
    String padded = Jwts.token("{\"exp\":12}").replace(".c2ln", "==.c2ln");
    assertEquals(Optional.of(Instant.ofEpochSecond(12)), Jwt.expiry(padded));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "opaque-token", "a.b", "a.b.c.d", "x..y", "eyJhbGciOiJub25lIn0.!!!.sig",
      "eyJhbGciOiJub25lIn0.bm90LWpzb24.sig", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1In0.sig",
      "eyJhbGciOiJub25lIn0.eyJleHAiOnRydWV9.sig"})
  void anythingElseHasNoExpiry(String token) {
    assertEquals(Optional.empty(), Jwt.expiry(token));
  }

  @Test
  void nullHasNoExpiry() {
    assertEquals(Optional.empty(), Jwt.expiry((String) null));
    assertEquals(Optional.empty(), Jwt.expiry((Secret) null));
  }
}
