/**
 * Typed client for the Klara external API (KYB onboarding).
 *
 * <p>Start with {@link dev.onboardkit.klara.KlaraClient#builder()} or {@link dev.onboardkit.klara.KlaraClient#fromEnv()}.
 * Application endpoints are in {@link dev.onboardkit.klara.applications}, RFI requests in
 * {@link dev.onboardkit.klara.rfi}, and webhook verification in {@link dev.onboardkit.klara.webhooks}. Error responses
 * carry a {@link dev.onboardkit.klara.KlaraErrorCode}.
 */
package dev.onboardkit.klara;
