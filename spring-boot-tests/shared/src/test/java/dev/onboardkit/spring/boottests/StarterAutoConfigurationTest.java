package dev.onboardkit.spring.boottests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.event.CallInfo;
import dev.onboardkit.core.event.RequestListener;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.sessions.DiditSession;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.spring.DiditAuthClientCustomizer;
import dev.onboardkit.spring.DiditClientCustomizer;
import dev.onboardkit.spring.KlaraClientCustomizer;
import dev.onboardkit.spring.KlaraProperties;
import dev.onboardkit.spring.test.OnboardKitFakes;
import dev.onboardkit.testkit.Exchange;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.Order;

/** Which beans the starter creates from which properties, and how customizers and listener beans reach them. */
class StarterAutoConfigurationTest {
  private static OnboardKitFakes fakes;

  @BeforeAll
  static void startFakes() {
    fakes = OnboardKitFakes.start("starter-test@onboardkit.dev", "Fake-Passw0rd!");
  }

  @AfterAll
  static void stopFakes() {
    fakes.close();
  }

  @Test
  void withoutCredentialsThereAreNoClients() {
    Runners.starter().run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(KlaraClient.class);
      assertThat(context).doesNotHaveBean(DiditAuthClient.class);
      assertThat(context).hasSingleBean(KlaraProperties.class);
    });
  }

  @Test
  void propertiesConfigureTheClientsWhichWorkAndAreClosedWithTheContext() {
    AtomicReference<KlaraClient> klara = new AtomicReference<>();
    AtomicReference<DiditAuthClient> didit = new AtomicReference<>();
    Runners.starter()
        .withPropertyValues(Runners.properties(fakes))
        .withPropertyValues("onboardkit.klara.max-retries=4", "onboardkit.klara.timeouts.read=7s",
            "onboardkit.klara.user-agent-suffix=acme-onboarding/2.3", "onboardkit.didit.max-retries=0")
        .run(context -> {
          assertThat(context).hasSingleBean(KlaraClient.class).hasSingleBean(DiditAuthClient.class);
          klara.set(context.getBean(KlaraClient.class));
          didit.set(context.getBean(DiditAuthClient.class));
          assertEquals(fakes.klara().baseUrl(), klara.get().baseUrl());
          assertEquals(4, klara.get().options().maxRetries());
          assertEquals(Duration.ofSeconds(7), klara.get().options().timeouts().read().orElseThrow());
          assertEquals("acme-onboarding/2.3", klara.get().options().userAgentSuffix().orElseThrow());
          assertEquals(0, didit.get().options().maxRetries());

          assertEquals(List.of(), klara.get().applications().list().items());
          int loginsBefore = fakes.didit().loginCount(fakes.diditAccount().email());
          for (int i = 0; i < 3; i++) {
            assertEquals(fakes.diditAccount().organizationId(), didit.get().organizations().list().get(0).uuid());
          }
          assertEquals(loginsBefore + 1, fakes.didit().loginCount(fakes.diditAccount().email()),
              "the managed session signs in once for three calls");
        });

    OnboardKitException closed = assertThrows(OnboardKitException.class, () -> klara.get().applications().list());
    assertThat(closed.getMessage()).contains("closed");
    assertThrows(OnboardKitException.class, () -> didit.get().organizations().list());
  }

  @Test
  void aFixedDiditAccessTokenIsTheOtherWayToGetTheClient() {
    Runners.starter()
        .withPropertyValues("onboardkit.didit.auth-base-url=" + fakes.didit().baseUrl(),
            "onboardkit.didit.access-token=" + fakes.diditAccount().accessToken())
        .run(context -> {
          assertThat(context).hasSingleBean(DiditAuthClient.class).doesNotHaveBean(KlaraClient.class);
          assertEquals(fakes.diditAccount().organizationId(),
              context.getBean(DiditAuthClient.class).organizations().list().get(0).uuid());
        });
  }

  @Test
  void aVerificationApiKeyCreatesTheDiditClientWithItsCustomizersAndListeners() {
    List<String> operations = new CopyOnWriteArrayList<>();
    try (FakeDiditVerificationServer verification = FakeDiditVerificationServer.start()) {
      Runners.starter()
          .withPropertyValues("onboardkit.didit.verification-base-url=" + verification.baseUrl(),
              "onboardkit.didit.api-key=" + verification.apiKey(), "onboardkit.didit.max-retries=0")
          .withBean(DiditClientCustomizer.class, () -> b -> b.userAgentSuffix("acme-kyc/1.0"))
          .withBean(RequestListener.class, () -> new RequestListener() {
            @Override
            public void callStarted(CallInfo call) {
              operations.add(call.operation());
            }
          })
          .run(context -> {
            assertThat(context).hasSingleBean(DiditClient.class).doesNotHaveBean(DiditAuthClient.class)
                .doesNotHaveBean(KlaraClient.class);
            DiditClient didit = context.getBean(DiditClient.class);
            assertEquals(0, didit.options().maxRetries());
            DiditSession session =
                didit.sessions().create(DiditCreateSessionRequest.of(verification.defaultWorkflowId()));
            assertEquals(List.of(session.sessionId()), verification.sessionIds());
            assertEquals(List.of("didit.sessions.create"), operations);
            assertThat(verification.exchanges().get(0).header("User-Agent").orElseThrow())
                .endsWith("acme-kyc/1.0");
          });
    }
  }

  @Test
  void customizersRunInOrderAfterThePropertiesAndListenerBeansAreAttached() {
    List<String> seen = new CopyOnWriteArrayList<>();
    Runners.starter()
        .withPropertyValues(Runners.properties(fakes))
        .withBean("second", KlaraClientCustomizer.class, () -> new Second())
        .withBean("first", KlaraClientCustomizer.class, () -> new First())
        .withBean(DiditAuthClientCustomizer.class, () -> b -> b.maxRetries(1))
        .withBean(RequestListener.class, () -> new RequestListener() {
          @Override
          public void callStarted(CallInfo call) {
            seen.add(call.operation());
          }
        })
        .run(context -> {
          KlaraClient klara = context.getBean(KlaraClient.class);
          assertEquals(3, klara.options().maxRetries(), "the customizer ordered last wins");
          assertEquals(1, context.getBean(DiditAuthClient.class).options().maxRetries());
          klara.applications().list();
          Exchange last = fakes.klara().exchanges().get(fakes.klara().exchanges().size() - 1);
          assertEquals(Optional.of("acme"), last.header("X-Tenant"));
          assertEquals(List.of("klara.applications.list"), seen);
        });
  }

  @Test
  void anApplicationsOwnClientBeanWinsAndAClientCanBeSwitchedOff() {
    try (KlaraClient own = KlaraClient.builder().apiKey(fakes.klaraApiKey()).baseUrl(fakes.klara().baseUrl())
        .build()) {
      Runners.starter().withPropertyValues(Runners.properties(fakes))
          .withBean(KlaraClient.class, () -> own)
          .run(context -> assertThat(context.getBean(KlaraClient.class)).isSameAs(own));
    }
    Runners.starter().withPropertyValues(Runners.properties(fakes))
        .withPropertyValues("onboardkit.klara.enabled=false", "onboardkit.didit.enabled=false")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(KlaraClient.class).doesNotHaveBean(DiditAuthClient.class);
        });
  }

  @Order(1)
  static final class First implements KlaraClientCustomizer {
    @Override
    public void customize(KlaraClient.Builder builder) {
      builder.maxRetries(9).defaultHeader("X-Tenant", "acme");
    }
  }

  @Order(2)
  static final class Second implements KlaraClientCustomizer {
    @Override
    public void customize(KlaraClient.Builder builder) {
      builder.maxRetries(3);
    }
  }
}
