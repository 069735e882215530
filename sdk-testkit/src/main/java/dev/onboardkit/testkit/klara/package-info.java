/**
 * An in-process fake of Klara's external API ({@code /api/external}): {@link dev.onboardkit.testkit.klara.FakeKlaraServer}
 * and its JUnit 5 extension {@link dev.onboardkit.testkit.klara.FakeKlaraServerExtension}.
 */
package dev.onboardkit.testkit.klara;
