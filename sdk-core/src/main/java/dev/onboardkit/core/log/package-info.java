/**
 * Logging and redaction. The SDK logs through slf4j-api only: DEBUG shows one line per request and response
 * (method, URL with secret query values masked, status, latency, attempt); TRACE adds headers and bodies.
 * {@link dev.onboardkit.core.internal.log.Redactor} masks credentials, passwords, tokens, OTP and pre-auth codes at every level.
 */
package dev.onboardkit.core.log;
