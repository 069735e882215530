/**
 * Runnable examples. Each is a short {@code main} using only the public API. With no credentials in the
 * environment they run against the testkit's embedded fake servers; with {@code KLARA_API_KEY} (and optionally
 * {@code KLARA_BASE_URL}) or {@code DIDIT_EMAIL} / {@code DIDIT_PASSWORD} set, they talk to the real sandbox.
 * {@link dev.onboardkit.examples.RunAllExamples} runs them all in order and prints a report.
 */
package dev.onboardkit.examples;
