/**
 * Credentials: a {@link dev.onboardkit.core.auth.CredentialsProvider} supplies a
 * {@link dev.onboardkit.core.auth.Credential} for each attempt, and
 * {@link dev.onboardkit.core.internal.auth.AuthenticatingTransport} attaches it, only ever to the client's own origin.
 */
package dev.onboardkit.core.auth;
