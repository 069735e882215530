/**
 * An in-process fake of Didit's Auth API ({@code /auth/v2}): {@link dev.onboardkit.testkit.didit.FakeDiditServer}
 * and its JUnit 5 extension {@link dev.onboardkit.testkit.didit.FakeDiditServerExtension}.
 */
package dev.onboardkit.testkit.didit;
