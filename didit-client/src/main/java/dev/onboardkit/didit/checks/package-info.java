/**
 * Standalone checks of the Didit Verification API that take images ({@code client.checks()}): ID verification,
 * proof of address, passive liveness, face match, face search and age estimation. Each is one multipart call answered
 * at once with a typed report (the same report types as a session's decision, from
 * {@code dev.onboardkit.didit.decisions}). Files are given as {@link dev.onboardkit.core.http.FileUpload}s: from a
 * path, bytes or a stream, streamed while sent and never logged.
 */
package dev.onboardkit.didit.checks;
