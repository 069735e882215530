package dev.onboardkit.spring.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.spring.test.AutoConfigureOnboardKitFakes;
import dev.onboardkit.spring.test.OnboardKitFakes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@AutoConfigureOnboardKitFakes
class OnboardingServiceTest {
  @Autowired KlaraClient klara;          // the starter's beans, pointed at the fakes
  @Autowired DiditAuthClient didit;
  @Autowired OnboardKitFakes fakes;      // the fakes themselves, to arrange and to check

  @Test
  void createsTheApplicationAndLogsInOnce() {
    String id = klara.applications().create(KlaraCreateApplicationRequest.builder()
        .configId("kyc-standard")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO")
        .companyName("Acme Financial Ltd").companyNumber("12345678").country("GB")
        .build()).applicationId();
    for (int i = 0; i < 3; i++) {
      didit.organizations().list();
    }

    // Test classes with the same configuration share the context, and so the fakes: look up what this test made.
    assertEquals("Acme Financial Ltd", fakes.klara().application(id).orElseThrow().companyName());
    assertEquals(1, fakes.didit().loginCount(fakes.diditAccount().email()));   // one managed session per context
  }
}
