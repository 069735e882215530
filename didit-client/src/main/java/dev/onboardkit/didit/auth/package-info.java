/**
 * Access tokens for the Didit Auth API: {@link dev.onboardkit.didit.auth.DiditManagedSession} logs in with email and
 * password, caches the token until shortly before it expires (the token's {@code exp} claim), and logs in
 * again once (single-flight) when it must.
 */
package dev.onboardkit.didit.auth;
