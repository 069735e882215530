/**
 * In-process fake Klara and Didit servers for tests, in the spirit of stripe-mock or LocalStack.
 *
 * <p>{@link dev.onboardkit.testkit.klara.FakeKlaraServer} and {@link dev.onboardkit.testkit.didit.FakeDiditServer}
 * start on an ephemeral port of {@code 127.0.0.1}, keep state (keys, applications, accounts, tokens) and answer with
 * the status codes and error bodies documented by the vendors; where the vendor docs are silent, the class javadoc
 * says which status or message was chosen. Both extend {@link dev.onboardkit.testkit.AbstractFakeServer}, which
 * implements {@link dev.onboardkit.testkit.FakeServer} once for both:
 *
 * <ul>
 *   <li>{@link dev.onboardkit.testkit.FakeServer#baseUrl()}: pass it to the client's base URL option;
 *   <li>{@link dev.onboardkit.testkit.FakeServer#clock()}: a {@link dev.onboardkit.testkit.FakeClock} that moves only
 *       when the test says so; every expiry in the fakes uses it;
 *   <li>{@link dev.onboardkit.testkit.FakeServer#faults()}: {@link dev.onboardkit.testkit.Faults} to fail, delay or
 *       drop requests selected by a {@link dev.onboardkit.testkit.RequestMatcher}, or chosen per request by a
 *       {@link dev.onboardkit.testkit.FaultDecider} (deterministic under concurrency);
 *   <li>{@link dev.onboardkit.testkit.FakeServer#exchanges()}: every request as an
 *       {@link dev.onboardkit.testkit.Exchange} (headers with credentials masked, processed or not, status, faults),
 *       and {@link dev.onboardkit.testkit.FakeServer#issuedSecrets()}: every secret the fake issued, for leak scans;
 *   <li>counters on each fake (such as {@code createdCount()}) that count what really happened, so a test can assert
 *       that a retry did not create twice.
 * </ul>
 *
 * <p>JUnit 5 users register {@code FakeKlaraServerExtension.perClass()} or {@code FakeDiditServerExtension.perTest()}
 * with {@code @RegisterExtension}; the running server is injected into test parameters of its type.
 */
package dev.onboardkit.testkit;
