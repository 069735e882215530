/**
 * Spring test support for OnboardKit: {@link dev.onboardkit.spring.test.AutoConfigureOnboardKitFakes} on a test class
 * starts the testkit's fake Klara and Didit servers and points the starter's client beans at them.
 */
package dev.onboardkit.spring.test;
