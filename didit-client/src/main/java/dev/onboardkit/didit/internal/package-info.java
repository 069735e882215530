/**
 * Internal helpers of the Didit client: the endpoint definitions, response decoders, what sdk-core needs to know
 * about Didit's API (its error envelope), the managed session and the JWT expiry reader. Not part of the supported
 * API; may change in any release.
 */
package dev.onboardkit.didit.internal;
