/** Typed client for the Klara external API (filled in by the klara-client issue). */
package dev.onboardkit.klara;
