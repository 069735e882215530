/**
 * Verification sessions of the Didit Verification API: create one per person or business to verify
 * ({@link dev.onboardkit.didit.sessions.DiditCreateSessionRequest}), list them with filters, update their status,
 * correct their data, review, export a PDF and delete them, and inspect their webhook deliveries. Session statuses are
 * {@link dev.onboardkit.didit.sessions.DiditSessionStatus}; decisions are in {@code dev.onboardkit.didit.decisions}.
 */
package dev.onboardkit.didit.sessions;
