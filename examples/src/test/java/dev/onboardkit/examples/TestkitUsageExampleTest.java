package dev.onboardkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import dev.onboardkit.testkit.klara.FakeKlaraServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "Testing with the testkit" example, compiled and run. */
class TestkitUsageExampleTest {
  // [readme:testkit]
  @RegisterExtension
  static final FakeKlaraServerExtension klara = FakeKlaraServerExtension.perTest();

  @Test
  void aDroppedCreateIsReportedAsOutcomeUnknownAndCreatedOnce() {
    FakeKlaraServer fake = klara.server();
    try (KlaraClient client = KlaraClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.issueApiKey()).build()) {
      fake.faults().dropAfterProcessing(1, RequestMatcher.of("POST", "/applications"));

      ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> client.applications().create(
          KlaraCreateApplicationRequest.builder().configId(FakeKlaraServer.DEFAULT_CONFIG_ID)
              .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO")
              .companyName("Acme Financial Ltd").companyNumber("12345678").country("GB").build()));

      assertTrue(e.outcomeUnknown());
      assertEquals(1, fake.createdCount());   // created once, never retried
    }
  }
  // [/readme]
}
