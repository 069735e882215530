/**
 * Businesses (KYB) of the Didit Verification API: the companies an application verifies, grouped by
 * {@code vendor_data}, with their registry details and monitoring status. Reached with {@code client.businesses()}.
 */
package dev.onboardkit.didit.businesses;
