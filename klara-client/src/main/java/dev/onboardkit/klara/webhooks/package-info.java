/**
 * Verification and parsing of Klara webhook deliveries: see {@link dev.onboardkit.klara.webhooks.KlaraWebhooks}.
 */
package dev.onboardkit.klara.webhooks;
