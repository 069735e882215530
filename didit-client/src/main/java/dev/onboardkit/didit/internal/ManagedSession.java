package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.didit.account.DiditTokens;
import dev.onboardkit.didit.account.DiditTwoFactorChallenge;
import dev.onboardkit.didit.account.DiditTwoFactorRequiredException;
import dev.onboardkit.core.internal.Arguments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supplies the Bearer access token of an email-and-password account: logs in on first use, keeps the token until it
 * is expired or within {@link #REFRESH_SKEW} of expiry, then logs in again. The Auth API has no refresh endpoint, so
 * "refreshing" means a new login.
 *
 * <p>For a token that lives two minutes or less the skew is half its lifetime instead (a 30-second token is replaced
 * after 15 seconds), so a short-lived token is still reused rather than causing a login on every call; such a
 * lifetime is logged (once at WARN, then at DEBUG), without the token or the account.
 *
 * <p>The expiry is the token's JWT {@code exp} claim (read without verifying the signature), or else
 * {@code expires_in} from the login response counted from when the login started. A token with neither is kept until
 * the server rejects it.
 *
 * <p>Logins are single-flight: however many threads (or async calls) need a token at once, one login runs and all of
 * them share its outcome. A failed login is not cached: the next call tries again. After a 401 the SDK calls
 * {@link #invalidate(Credential)}, which drops the token only if it is still the current one, so many requests
 * rejected with the same token cause one new login; the request is then replayed once.
 *
 * <p>A login answered with a two-factor challenge fails with {@link DiditTwoFactorRequiredException}: a managed session
 * cannot ask anyone for a code.
 *
 * <p>{@code DiditAuthClient.builder().credentials(email, password)} creates and wires this class; applications
 * rarely construct it. Thread-safe.
 */
public final class ManagedSession implements CredentialsProvider {
  /** How long before its expiry a token is replaced: 60 seconds, or half the token's lifetime when that is shorter. */
  public static final Duration REFRESH_SKEW = Duration.ofSeconds(60);
  /** Token lifetimes below this are logged: the session then logs in more often than once a minute. */
  static final Duration SHORT_LIFETIME = Duration.ofMinutes(2);

  private static final Logger LOG = LoggerFactory.getLogger(ManagedSession.class);

  private final String email;
  private final Secret password;
  private final Clock clock;
  private final Login login;
  private final AtomicReference<CompletableFuture<Token>> current;
  private final AtomicBoolean warnedShortLifetime = new AtomicBoolean();

  private ManagedSession(
      String email, Secret password, Clock clock, Login login, AtomicReference<CompletableFuture<Token>> current) {
    this.email = Arguments.required(email, "email");
    this.password = Arguments.required(password, "password");
    this.clock = Arguments.required(clock, "clock");
    this.login = Arguments.required(login, "login");
    this.current = current;
  }

  /**
   * Creates a session that has not logged in yet.
   *
   * @param email the account's email address
   * @param password the account's password
   * @param clock the clock against which token expiry is checked
   * @param login performs the login request
   * @return the session
   */
  public static ManagedSession create(String email, Secret password, Clock clock, Login login) {
    return new ManagedSession(email, password, clock, login, new AtomicReference<>());
  }

  /**
   * Returns a session for the same account that shares this one's token and in-flight login, but logs in through
   * {@code login} with {@code clock}. Used for clients derived with {@code withOptions} that talk to the same host.
   *
   * @param clock the clock of the derived client
   * @param login performs the login request for the derived client
   * @return the sharing session
   */
  public ManagedSession sharingWith(Clock clock, Login login) {
    return new ManagedSession(email, password, clock, login, current);
  }

  /**
   * Returns a session for the same account with its own, empty token cache. Used for derived clients that talk to a
   * different host, so that a token is never sent to a host other than the one that issued it.
   *
   * @param clock the clock of the derived client
   * @param login performs the login request for the derived client
   * @return the independent session
   */
  public ManagedSession independentCopy(Clock clock, Login login) {
    return create(email, password, clock, login);
  }

  /**
   * Returns the account's email address.
   *
   * @return the email
   */
  public String email() {
    return email;
  }

  /**
   * Returns the expiry of the current token.
   *
   * @return the expiry, or empty when no token is held (or it has no known expiry)
   */
  public Optional<Instant> expiresAt() {
    Token token = completedToken(current.get());
    return token == null ? Optional.empty() : Optional.ofNullable(token.expiresAt);
  }

  /**
   * Returns a valid access token credential, logging in first (or joining a login already running) if there is no
   * token or it is within {@link #REFRESH_SKEW} (or half its lifetime, if shorter) of expiry.
   *
   * @return the {@code Authorization: Bearer} credential
   * @throws DiditTwoFactorRequiredException if the account needs a second factor
   * @throws OnboardKitException if the login fails (for example an
   *     {@link dev.onboardkit.core.error.AuthenticationException} for a wrong password, or a
   *     {@link dev.onboardkit.core.error.RateLimitException} during a lockout)
   */
  @Override
  public Credential credential() {
    CompletableFuture<Token> future = acquire(false);
    try {
      return future.get().credential;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OnboardKitException("Interrupted while waiting for the Didit login to finish", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  /**
   * Returns a valid access token credential without blocking: the future completes when the token is available,
   * sharing any login already running.
   *
   * @return a future of the credential
   */
  @Override
  public CompletableFuture<Credential> credentialAsync() {
    return acquire(true).thenApply(token -> token.credential);
  }

  /**
   * Returns true: after a 401 the SDK invalidates the token, logs in again and replays the request once.
   *
   * @return true
   */
  @Override
  public boolean refreshable() {
    return true;
  }

  /**
   * Drops the token the server rejected, if it is still the current one; a token obtained since is kept.
   *
   * @param rejected the credential that was sent
   */
  @Override
  public void invalidate(Credential rejected) {
    CompletableFuture<Token> future = current.get();
    Token token = completedToken(future);
    if (token != null && token.credential.equals(rejected)) {
      current.compareAndSet(future, null);
    }
  }

  private CompletableFuture<Token> acquire(boolean async) {
    while (true) {
      CompletableFuture<Token> existing = current.get();
      if (existing != null) {
        if (!existing.isDone()) {
          return existing;
        }
        Token token = completedToken(existing);
        if (token != null && token.isFresh(clock.instant())) {
          return existing;
        }
      }
      CompletableFuture<Token> mine = new CompletableFuture<>();
      if (current.compareAndSet(existing, mine)) {
        if (async) {
          startAsync(mine);
        } else {
          runBlocking(mine);
        }
        return mine;
      }
    }
  }

  private void runBlocking(CompletableFuture<Token> target) {
    Instant startedAt = clock.instant();
    try {
      target.complete(toToken(login.login(email, password), startedAt));
    } catch (RuntimeException | Error e) {
      target.completeExceptionally(e);
    }
  }

  private void startAsync(CompletableFuture<Token> target) {
    Instant startedAt = clock.instant();
    CompletableFuture<DiditLoginResult> pending;
    try {
      pending = login.loginAsync(email, password);
    } catch (RuntimeException | Error e) {
      // Whatever goes wrong, the shared login future must complete, or every caller waiting on it would hang.
      target.completeExceptionally(e);
      return;
    }
    if (pending == null) {
      target.completeExceptionally(new dev.onboardkit.core.error.OnboardKitException("Login returned no result", null));
      return;
    }
    pending.whenComplete((result, error) -> {
      if (error != null) {
        target.completeExceptionally(unwrap(error));
        return;
      }
      try {
        target.complete(toToken(result, startedAt));
      } catch (RuntimeException | Error e) {
        target.completeExceptionally(e);
      }
    });
  }

  private Token toToken(DiditLoginResult result, Instant startedAt) {
    if (result.isChallenge()) {
      DiditTwoFactorChallenge challenge = result.challenge().get();
      throw new DiditTwoFactorRequiredException(twoFactorMessage(challenge), challenge.hasAuthenticator(),
          challenge.hasPasskeys());
    }
    DiditTokens tokens = result.tokens();
    Instant expiresAt = tokens.accessTokenExpiry().orElse(null);
    if (expiresAt == null && tokens.expiresIn().isPresent()) {
      expiresAt = startedAt.plusSeconds(tokens.expiresIn().getAsLong());
    }
    Token token = new Token(Credential.bearer(tokens.accessToken()), expiresAt, startedAt);
    if (token.lifetime != null && token.lifetime.compareTo(SHORT_LIFETIME) < 0) {
      logShortLifetime(token);
    }
    return token;
  }

  private void logShortLifetime(Token token) {
    String message = "The Didit access token lives {} ms, less than 2 minutes: the managed session logs in again {} ms"
        + " before it expires, so it logs in at least every {} ms";
    long lifetime = token.lifetime.toMillis();
    long skew = token.skew.toMillis();
    if (warnedShortLifetime.compareAndSet(false, true)) {
      LOG.warn(message, lifetime, skew, Math.max(0, lifetime - skew));
    } else {
      LOG.debug(message, lifetime, skew, Math.max(0, lifetime - skew));
    }
  }

  private static String twoFactorMessage(DiditTwoFactorChallenge challenge) {
    StringBuilder sb = new StringBuilder("This Didit account needs two-factor authentication, which a managed session"
        + " (credentials(email, password)) cannot complete on its own. Call account().login(email, password), then"
        + " account().verifyTwoFactor(result.challenge().get().tempToken(), otp) with the code from the authenticator"
        + " app (or a backup code), and build the client with accessToken(tokens.accessToken()) or"
        + " accessTokenSupplier(...)");
    if (!challenge.hasAuthenticator() && challenge.hasPasskeys()) {
      sb.append(". This account has only passkeys, which cannot be used without a browser: add an authenticator app");
    }
    return sb.toString();
  }

  private static @Nullable Token completedToken(@Nullable CompletableFuture<Token> future) {
    if (future == null || !future.isDone() || future.isCompletedExceptionally()) {
      return null;
    }
    return future.getNow(null);
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }

  private static RuntimeException rethrow(Throwable cause) {
    Throwable c = unwrap(cause);
    if (c instanceof RuntimeException) {
      return (RuntimeException) c;
    }
    if (c instanceof Error) {
      throw (Error) c;
    }
    return new OnboardKitException("The Didit login failed: " + c, c);
  }

  @Override
  public String toString() {
    return "ManagedSession{email=" + email + ", password=****}";
  }

  /** Performs the login request of a managed session, blocking or not. */
  public interface Login {
    /**
     * Logs in, blocking the calling thread.
     *
     * @param email the account's email address
     * @param password the account's password
     * @return the tokens or a two-factor challenge
     */
    DiditLoginResult login(String email, Secret password);

    /**
     * Logs in without blocking.
     *
     * @param email the account's email address
     * @param password the account's password
     * @return a future of the tokens or a two-factor challenge
     */
    CompletableFuture<DiditLoginResult> loginAsync(String email, Secret password);
  }

  /**
   * Returns how long before expiry a token of this lifetime is replaced: {@link #REFRESH_SKEW}, or half the lifetime
   * when that is shorter (never negative).
   *
   * @param lifetime from the start of the login to the token's expiry
   * @return the skew
   */
  static Duration skewFor(Duration lifetime) {
    if (lifetime.isNegative()) {
      return Duration.ZERO;
    }
    Duration half = lifetime.dividedBy(2);
    return half.compareTo(REFRESH_SKEW) < 0 ? half : REFRESH_SKEW;
  }

  /** A token and when to replace it. */
  private static final class Token {
    final Credential credential;
    final Instant expiresAt;
    final Duration lifetime;
    final Duration skew;
    final Instant refreshAt;

    Token(Credential credential, @Nullable Instant expiresAt, Instant obtainedAt) {
      this.credential = credential;
      this.expiresAt = expiresAt;
      this.lifetime = expiresAt == null ? null : Duration.between(obtainedAt, expiresAt);
      this.skew = lifetime == null ? null : skewFor(lifetime);
      this.refreshAt = expiresAt == null ? null : expiresAt.minus(skew);
    }

    boolean isFresh(Instant now) {
      return refreshAt == null || now.isBefore(refreshAt);
    }
  }
}
