/**
 * Helpers shared by the Klara client's packages, and what sdk-core needs to know about Klara's API (its error envelope
 * and key format). Not part of the supported API: they may change in any release.
 */
package dev.onboardkit.klara.internal;
