/**
 * Billing of the Didit Verification API: the organization's pre-paid credit balance and top-ups through a hosted
 * Stripe Checkout page. Amounts are exact ({@link java.math.BigDecimal} US dollars), never floating point.
 */
package dev.onboardkit.didit.billing;
