/**
 * Internal helpers of the Didit client: response decoders shared by the resource packages, and what sdk-core needs to
 * know about Didit's API (its error envelope). Not part of the supported API; may change in any release.
 */
package dev.onboardkit.didit.internal;
