/**
 * Internal helpers of the Didit client: response decoders shared by the resource packages, and the JWT expiry reader. Not part of the supported
 * API; may change in any release.
 */
package dev.onboardkit.didit.internal;
