package dev.onboardkit.spring.boottests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.spring.MicrometerRequestListener;
import dev.onboardkit.spring.sample.CustomerOnboarding;
import dev.onboardkit.spring.sample.SampleApplication;
import dev.onboardkit.spring.test.AutoConfigureOnboardKitFakes;
import dev.onboardkit.spring.test.OnboardKitFakes;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The sample application, started as a whole with its own properties, calls both fakes through the starter's beans. */
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureOnboardKitFakes
class SampleApplicationTest {
  @Autowired CustomerOnboarding onboarding;
  @Autowired OnboardKitFakes fakes;
  @Autowired FakeKlaraServer fakeKlara;
  @Autowired MeterRegistry registry;

  @Test
  void onboardsACustomerAtBothVendorsAndRecordsTheCalls() {
    CustomerOnboarding.Onboarded first = onboarding.onboard("Acme Financial Ltd", "12345678", "sophie@acme.com");
    CustomerOnboarding.Onboarded second = onboarding.onboard("Globex Ltd", "87654321", "hank@globex.com");

    assertEquals(2, fakeKlara.createdCount());
    assertTrue(fakeKlara.application(first.klaraApplicationId()).isPresent());
    assertEquals(fakes.diditAccount().organizationId(), first.diditOrganizationId());
    assertEquals("Globex Ltd", second.diditApplication().name());
    assertEquals(2, fakes.didit().createdApplications(fakes.diditAccount().organizationId()).size());
    assertEquals(1, fakes.didit().loginCount(fakes.diditAccount().email()), "one login for the whole test");

    assertEquals(2, registry.get(MicrometerRequestListener.CALLS)
        .tags("operation", "klara.applications.create", "outcome", "success").timer().count());
    assertEquals(2, registry.get(MicrometerRequestListener.CALLS)
        .tags("operation", "didit.applications.create", "outcome", "success").timer().count());
    assertEquals(1, registry.get(MicrometerRequestListener.CALLS)
        .tags("operation", "didit.account.login", "outcome", "success").timer().count());
  }
}
