package dev.onboardkit.spring.boottests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.onboardkit.spring.sample.SampleApplication;
import dev.onboardkit.spring.test.AutoConfigureOnboardKitFakes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In the sample application (the same cached context as {@link SampleApplicationTest}), Boot 4's health endpoint shows
 * the clients as {@code klara} and {@code didit}.
 */
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureOnboardKitFakes
class Boot4HealthEndpointTest {
  @Autowired HealthEndpoint health;

  @Test
  void theClientsAreHealthComponentsNamedAfterTheirVendor() {
    for (String component : new String[] {"klara", "didit"}) {
      HealthDescriptor found = health.healthForPath(component);
      assertEquals(Status.UP, found.getStatus(), component);
      assertInstanceOf(IndicatedHealthDescriptor.class, found);
      assertEquals(true, ((IndicatedHealthDescriptor) found).getDetails().containsKey("lastCall"), component);
    }
  }
}
