package dev.onboardkit.didit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.didit.support.Jwts;
import dev.onboardkit.core.support.ManualClock;
import dev.onboardkit.didit.support.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The session's token logic with a scripted login and a manual clock (no HTTP). */
class ManagedSessionUnitTest {
  private final ManualClock clock = new ManualClock(TestClients.START);
  private final ScriptedLogin login = new ScriptedLogin();
  private final ManagedSession session = ManagedSession.create("ops@acme.io", Secret.of("pw-123"), clock, login);

  private static DiditLoginResult tokens(String accessToken, String extra) {
    return AccountFixtures.loginResult("{\"access_token\":\"" + accessToken + "\"" + extra + "}");
  }

  private static Credential bearer(String token) {
    return Credential.bearer(Secret.of(token));
  }

  @Test
  void expiryBoundaryIsSixtySecondsBeforeExp() {
    Instant exp = TestClients.START.plusSeconds(1000);
    login.next(tokens(Jwts.withExp("a", exp), ""));
    login.next(tokens("second", ""));

    Credential first = session.credential();
    assertEquals(Optional.of(exp), session.expiresAt());
    clock.advance(Duration.ofSeconds(939));
    assertEquals(first, session.credential());
    assertEquals(1, login.calls.get());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(bearer("second"), session.credential());
    assertEquals(2, login.calls.get());
  }

  @Test
  void theSkewIsSixtySecondsOrHalfTheLifetimeWhenShorter() {
    assertEquals(Duration.ofSeconds(60), ManagedSession.skewFor(Duration.ofHours(1)));
    assertEquals(Duration.ofSeconds(60), ManagedSession.skewFor(Duration.ofSeconds(120)));
    assertEquals(Duration.ofSeconds(59), ManagedSession.skewFor(Duration.ofSeconds(118)));
    assertEquals(Duration.ofSeconds(30), ManagedSession.skewFor(Duration.ofSeconds(60)));
    assertEquals(Duration.ofSeconds(15), ManagedSession.skewFor(Duration.ofSeconds(30)));
    assertEquals(Duration.ZERO, ManagedSession.skewFor(Duration.ZERO));
    assertEquals(Duration.ZERO, ManagedSession.skewFor(Duration.ofSeconds(-5)));
  }

  @Test
  void aSixtySecondTokenIsKeptForThirtySeconds() {
    login.next(tokens("short", ",\"expires_in\":60"));
    login.next(tokens("next", ""));

    Credential first = session.credential();
    clock.advance(Duration.ofSeconds(29));
    assertEquals(first, session.credential());
    assertEquals(1, login.calls.get());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(bearer("next"), session.credential());
    assertEquals(2, login.calls.get());
  }

  @Test
  void expiresInCountsFromWhenTheLoginStarted() {
    login.onLogin = () -> clock.advance(Duration.ofSeconds(30)); // a slow login
    login.next(tokens("opaque", ",\"expires_in\":300"));

    session.credential();

    assertEquals(Optional.of(TestClients.START.plusSeconds(300)), session.expiresAt());
  }

  @Test
  void aTokenWithoutKnownExpiryIsKeptUntilRejected() {
    login.next(tokens("opaque-1", ""));
    login.next(tokens("opaque-2", ""));

    Credential first = session.credential();
    clock.advance(Duration.ofDays(365));
    assertEquals(first, session.credential());
    assertEquals(Optional.empty(), session.expiresAt());

    session.invalidate(first);

    assertEquals(bearer("opaque-2"), session.credential());
    assertEquals(2, login.calls.get());
  }

  @Test
  void invalidatingAStaleCredentialKeepsTheCurrentOne() {
    login.next(tokens("t1", ""));

    Credential current = session.credential();
    session.invalidate(bearer("older-token"));

    assertSame(current, session.credential());
    assertEquals(1, login.calls.get());
  }

  @Test
  void aFailedLoginIsRethrownAsIsAndRetriedByTheNextCaller() {
    OnboardKitException boom = new OnboardKitException("login failed", null);
    login.fail(boom);
    login.next(tokens("t2", ""));

    assertSame(boom, assertThrows(OnboardKitException.class, session::credential));
    assertEquals(bearer("t2"), session.credential());
    assertEquals(2, login.calls.get());
  }

  @Test
  void asyncLoginsShareTheInFlightFutureAndFailuresAreNotCached() {
    CompletableFuture<DiditLoginResult> pending = new CompletableFuture<>();
    login.nextAsync(pending);

    CompletableFuture<Credential> a = session.credentialAsync();
    CompletableFuture<Credential> b = session.credentialAsync();
    assertFalse(a.isDone());
    assertEquals(1, login.asyncCalls.get());

    pending.completeExceptionally(new OnboardKitException("network down", null));
    CompletionException e = assertThrows(CompletionException.class, b::join);
    assertEquals("network down", e.getCause().getMessage());
    assertTrue(a.isCompletedExceptionally());

    login.nextAsync(CompletableFuture.completedFuture(tokens("t3", "")));
    assertEquals(bearer("t3"), session.credentialAsync().join());
    assertEquals(2, login.asyncCalls.get());
  }

  @Test
  void aLoginThatThrowsBeforeReturningAFutureFailsTheFuture() {
    CompletionException e = assertThrows(CompletionException.class, () -> session.credentialAsync().join());

    assertInstanceOf(IllegalStateException.class, e.getCause());
  }

  @Test
  void aSharingSessionUsesTheSameTokenAndAnIndependentCopyDoesNot() {
    login.next(tokens("t1", ""));
    ScriptedLogin other = new ScriptedLogin();
    other.next(tokens("other", ""));

    Credential first = session.credential();

    assertEquals(first, session.sharingWith(clock, other).credential());
    assertEquals(0, other.calls.get());
    assertEquals(bearer("other"), session.independentCopy(clock, other).credential());
    assertTrue(session.refreshable());
  }

  @Test
  void toStringNeverShowsThePassword() {
    assertEquals("ManagedSession{email=ops@acme.io, password=****}", session.toString());
  }

  /** A login that returns scripted results. */
  private static final class ScriptedLogin implements ManagedSession.Login {
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger asyncCalls = new AtomicInteger();
    private final Deque<Object> results = new ArrayDeque<>();
    private final Deque<CompletableFuture<DiditLoginResult>> asyncResults = new ArrayDeque<>();
    Runnable onLogin = () -> {};

    void next(DiditLoginResult result) {
      results.add(result);
    }

    void fail(RuntimeException e) {
      results.add(e);
    }

    void nextAsync(CompletableFuture<DiditLoginResult> future) {
      if (future != null) {
        asyncResults.add(future);
      }
    }

    @Override
    public DiditLoginResult login(String email, Secret password) {
      calls.incrementAndGet();
      assertEquals("ops@acme.io", email);
      assertEquals("pw-123", password.reveal());
      onLogin.run();
      Object next = results.poll();
      if (next instanceof RuntimeException) {
        throw (RuntimeException) next;
      }
      return (DiditLoginResult) next;
    }

    @Override
    public CompletableFuture<DiditLoginResult> loginAsync(String email, Secret password) {
      asyncCalls.incrementAndGet();
      CompletableFuture<DiditLoginResult> next = asyncResults.poll();
      if (next == null) {
        throw new IllegalStateException("no async result scripted");
      }
      return next;
    }
  }
}
