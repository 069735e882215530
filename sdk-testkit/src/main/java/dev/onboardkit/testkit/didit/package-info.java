/**
 * In-process fakes of Didit's APIs: the Auth API ({@code /auth/v2}), {@link dev.onboardkit.testkit.didit.FakeDiditServer}
 * with its JUnit 5 extension {@link dev.onboardkit.testkit.didit.FakeDiditServerExtension}, and the Verification API
 * ({@code /v3}), {@link dev.onboardkit.testkit.didit.FakeDiditVerificationServer}.
 */
package dev.onboardkit.testkit.didit;
