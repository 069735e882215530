/**
 * Internal helpers of the Didit client: response decoders shared by the resource packages. Not part of the supported
 * API; may change in any release.
 */
package dev.onboardkit.didit.internal;
