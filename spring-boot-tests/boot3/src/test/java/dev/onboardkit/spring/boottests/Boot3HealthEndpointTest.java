package dev.onboardkit.spring.boottests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.onboardkit.spring.sample.SampleApplication;
import dev.onboardkit.spring.test.AutoConfigureOnboardKitFakes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In the sample application (the same cached context as {@link SampleApplicationTest}), Boot 3's health endpoint shows
 * the clients as {@code klara} and {@code didit}.
 */
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureOnboardKitFakes
class Boot3HealthEndpointTest {
  @Autowired HealthEndpoint health;

  @Test
  void theClientsAreHealthComponentsNamedAfterTheirVendor() {
    for (String component : new String[] {"klara", "didit"}) {
      HealthComponent found = health.healthForPath(component);
      assertEquals(Status.UP, found.getStatus(), component);
      assertInstanceOf(Health.class, found);
      assertEquals(true, ((Health) found).getDetails().containsKey("lastCall"), component);
    }
  }
}
