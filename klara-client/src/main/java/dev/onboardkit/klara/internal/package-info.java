/**
 * Helpers shared by the Klara client's packages. Not part of the supported API: they may change in any release.
 */
package dev.onboardkit.klara.internal;
