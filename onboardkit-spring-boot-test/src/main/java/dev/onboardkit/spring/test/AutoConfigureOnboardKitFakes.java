package dev.onboardkit.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts the testkit's {@link dev.onboardkit.testkit.klara.FakeKlaraServer} and
 * {@link dev.onboardkit.testkit.didit.FakeDiditServer} for the test's Spring context, and points the starter's
 * {@code KlaraClient} and {@code DiditAuthClient} beans at them, whatever {@code onboardkit.*} properties the
 * application sets: a Klara API key with every scope, and a verified Didit account used as a managed session.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureOnboardKitFakes
 * class OnboardingTest {
 *   @Autowired KlaraClient klara;            // talks to the fake
 *   @Autowired OnboardKitFakes fakes;        // fakes.klara().createdApplications(), fakes.diditAccount()...
 * }
 * }</pre>
 *
 * <p>The fakes live as long as the context (Spring's test context cache shares them between test classes with the
 * same configuration) and are stopped when it closes. Their clock follows the system clock, so tokens the fake Didit
 * issues are valid for the client's system clock. Beans: {@link OnboardKitFakes} ({@code onboardKitFakes}), and the
 * two fakes ({@code fakeKlaraServer}, {@code fakeDiditServer}).
 *
 * <p>For {@code @SpringBootTest} on Spring Boot 3 and 4 (test slices do not load the starter's auto-configuration).
 * It needs {@code spring-test} (from {@code spring-boot-starter-test}); {@code dev.onboardkit:sdk-testkit} comes with
 * this artifact.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureOnboardKitFakes {
  /**
   * The email of the verified Didit account the managed session signs in with.
   *
   * @return the email
   */
  String diditEmail() default "spring-test@onboardkit.dev";

  /**
   * The password of that account.
   *
   * @return the password
   */
  String diditPassword() default "Fake-Passw0rd!";
}
