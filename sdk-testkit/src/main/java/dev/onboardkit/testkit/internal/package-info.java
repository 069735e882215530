/**
 * Implementation of the fake servers: HTTP plumbing, fault rules, JSON and id helpers. Not API: these types may change
 * in any release; use {@code FakeKlaraServer}, {@code FakeDiditServer} and {@code Faults} instead.
 */
package dev.onboardkit.testkit.internal;
