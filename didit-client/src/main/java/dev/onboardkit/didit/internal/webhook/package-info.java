/**
 * The signature core of Didit webhooks: the canonical JSON that {@code X-Signature-V2} signs (byte for byte what the
 * Didit server's Python produces), the three HMAC-SHA256 signatures and the constant-time header check. The public
 * verifier builds on it. Not part of the supported API; may change in any release.
 */
package dev.onboardkit.didit.internal.webhook;
