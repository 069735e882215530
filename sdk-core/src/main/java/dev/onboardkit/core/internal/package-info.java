/**
 * Plumbing the client modules build on: operation descriptors, the runtime that executes them, request-validation
 * helpers and the Immutables styles. Public only because the client modules live in other jars; not a supported
 * API, and it may change in any release.
 */
package dev.onboardkit.core.internal;
