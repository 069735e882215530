/**
 * Spring Boot auto-configuration for OnboardKit (Spring Boot 3.x and 4.x).
 *
 * <p>A {@link dev.onboardkit.klara.KlaraClient} bean appears when {@code onboardkit.klara.api-key} is set, a
 * {@link dev.onboardkit.didit.DiditAuthClient} bean when {@code onboardkit.didit.email} (with
 * {@code onboardkit.didit.password}) or {@code onboardkit.didit.access-token} is set. Both are closed with the
 * context. {@link dev.onboardkit.spring.KlaraClientCustomizer} and
 * {@link dev.onboardkit.spring.DiditAuthClientCustomizer} beans change anything else on the builders, and every {@link dev.onboardkit.core.event.RequestListener} bean is
 * attached to both clients. With Actuator, each client contributes a health indicator ({@code klara}, {@code didit})
 * built from the outcome of its last call; with Micrometer, every call is timed per operation.
 */
package dev.onboardkit.spring;
