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
 *   <li>{@link dev.onboardkit.testkit.FakeServer#clock()}: a {@link dev.onboardkit.testkit.FakeClock}; every expiry
 *       and timestamp in the fakes uses it. By default it follows the system clock, so a client built the obvious
 *       way (on the system clock) agrees with the fake: a Didit managed session logs in once, not on every call, and
 *       a webhook verifier accepts the fake's timestamps. {@code clock().advance(...)} moves the fake ahead (to
 *       expire a token or a code); a fake started with {@code start(new FakeClock())} stands still at
 *       {@link dev.onboardkit.testkit.FakeClock#DEFAULT_START} until the test moves it, and then the client needs
 *       the same clock ({@code .clock(fake.clock())});
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
