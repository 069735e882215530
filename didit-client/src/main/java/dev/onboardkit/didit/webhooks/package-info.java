/**
 * Didit webhooks: configuring where events are delivered (destinations and the legacy settings), inspecting
 * deliveries, and receiving them: {@link dev.onboardkit.didit.webhooks.DiditWebhooks} verifies a delivery's signature
 * and parses its v3 event.
 */
package dev.onboardkit.didit.webhooks;
