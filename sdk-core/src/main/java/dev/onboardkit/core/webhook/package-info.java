/** Building blocks for webhook verification shared by the client modules: HMAC and constant-time comparison. */
package dev.onboardkit.core.webhook;
