package dev.onboardkit.core.auth;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Supplies the credential for each attempt. Called before every attempt, so a provider can rotate keys or refresh
 * tokens; implementations must be thread-safe.
 *
 * <p>A provider that can obtain a fresh credential (for example by logging in again) returns true from
 * {@link #refreshable()}: after a 401, the SDK calls {@link #invalidate(Credential)} and replays the request once if
 * the provider then supplies a different credential.
 */
public interface CredentialsProvider {
  /**
   * Returns the credential to use now. May block (for example to log in).
   *
   * @return the credential
   * @throws dev.onboardkit.core.error.OnboardKitException if no credential can be obtained
   */
  Credential credential();

  /**
   * Returns the credential without blocking the caller. The default calls {@link #credential()}.
   *
   * @return a future completed with the credential
   */
  default CompletableFuture<Credential> credentialAsync() {
    try {
      return CompletableFuture.completedFuture(credential());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Returns whether this provider can replace a credential the server rejected.
   *
   * @return true if a 401 should lead to {@link #invalidate} and one replay
   */
  default boolean refreshable() {
    return false;
  }

  /**
   * Tells the provider the server rejected this credential (HTTP 401). Providers that cache credentials should drop
   * it, if it is still the current one.
   *
   * @param rejected the credential that was sent
   */
  default void invalidate(Credential rejected) {}

  /**
   * Returns a provider that always supplies the same credential.
   *
   * @param credential the credential
   * @return the provider
   */
  static CredentialsProvider fixed(Credential credential) {
    Objects.requireNonNull(credential, "credential");
    return () -> credential;
  }

  /**
   * Returns a provider that asks {@code supplier} before each attempt, for credentials rotated at runtime. After a 401
   * the supplier is asked again and the request replayed once if it returns a different credential.
   *
   * @param supplier returns the current credential
   * @return the provider
   */
  static CredentialsProvider fromSupplier(Supplier<Credential> supplier) {
    Objects.requireNonNull(supplier, "supplier");
    return new CredentialsProvider() {
      @Override
      public Credential credential() {
        return Objects.requireNonNull(supplier.get(), "credential supplier returned null");
      }

      @Override
      public boolean refreshable() {
        return true;
      }
    };
  }
}
