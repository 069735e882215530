/** Typed client for the Didit Auth API v2 (filled in by the didit-client issue). */
package dev.onboardkit.didit;
