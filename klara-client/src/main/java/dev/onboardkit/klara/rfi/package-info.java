/**
 * Klara RFI (request for information) requests, reached through {@code KlaraClient.rfiRequests()}.
 */
package dev.onboardkit.klara.rfi;
