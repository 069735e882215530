/**
 * Klara applications: create (optionally with pre-authentication), refresh pre-auth codes, retrieve, list with
 * auto-paging, download documents and record decisions. Reached through
 * {@code KlaraClient.applications()} and {@code KlaraClient.async().applications()}.
 */
package dev.onboardkit.klara.applications;
