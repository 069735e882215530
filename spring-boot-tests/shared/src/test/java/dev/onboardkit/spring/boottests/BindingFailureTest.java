package dev.onboardkit.spring.boottests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.spring.sample.SampleApplication;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Bad {@code onboardkit.*} values stop the start with the property's name and a reason, never a secret's value. */
@ExtendWith(OutputCaptureExtension.class)
class BindingFailureTest {
  /** A Klara key without its {@code .secret} half: the part after the client id must never be shown. */
  private static final String KEY_WITHOUT_DOT = "klara_abc123def456789012345678SECRETPARTnotshown";

  @Test
  void aMalformedKlaraKeyNamesThePropertyAndMasksTheValue() {
    Runners.starter().withPropertyValues("onboardkit.klara.api-key=" + KEY_WITHOUT_DOT).run(context -> {
      assertThat(context).hasFailed();
      String messages = messages(context.getStartupFailure());
      assertThat(messages)
          .contains("onboardkit.klara.api-key must contain a '.' between the client id and the secret; expected "
              + "klara_{client_id}.{secret}")
          .contains("rejected value [****]")
          .doesNotContain("SECRETPART");
    });
  }

  @Test
  void theStartupReportOfAnApplicationShowsThePropertyAndAMaskedValue(CapturedOutput output) {
    Throwable failure = null;
    try {
      new SpringApplicationBuilder(SampleApplication.class).web(WebApplicationType.NONE)
          .properties("onboardkit.klara.api-key=" + KEY_WITHOUT_DOT, "spring.main.banner-mode=off").run().close();
    } catch (RuntimeException e) {
      failure = e;
    }
    assertThat(failure).isNotNull();
    assertThat(output.getAll())
        .contains("Property: onboardkit.klara.api-key")
        .contains("Value: \"****\"")
        .contains("Reason: onboardkit.klara.api-key must contain a '.' between the client id and the secret")
        .doesNotContain("SECRETPART");
    assertThat(messages(failure)).doesNotContain("SECRETPART");
  }

  @Test
  void incompleteOrConflictingDiditCredentialsNameTheirProperties() {
    Runners.starter().withPropertyValues("onboardkit.didit.email=ops@acme.io").run(context ->
        assertThat(messages(context.getStartupFailure()))
            .contains("onboardkit.didit.password is required when onboardkit.didit.email is set"));
    Runners.starter().withPropertyValues("onboardkit.didit.email=ops@acme.io", "onboardkit.didit.password=pw-1",
        "onboardkit.didit.access-token=tok-TOPSECRET").run(context ->
        assertThat(messages(context.getStartupFailure()))
            .contains("onboardkit.didit.access-token cannot be combined with onboardkit.didit.email")
            .doesNotContain("TOPSECRET")
            .doesNotContain("pw-1"));
  }

  @Test
  void aValueTheClientBuilderRejectsIsReportedUnderItsPropertyName() {
    Runners.starter().withPropertyValues("onboardkit.klara.api-key=klara_abc123.SECRETPART",
        "onboardkit.klara.base-url=http://klara.internal.acme/api").run(context -> {
          Throwable failure = context.getStartupFailure();
          InvalidRequestException e = find(failure, InvalidRequestException.class);
          assertThat(e).isNotNull();
          assertThat(e.problems()).extracting(p -> p.field()).containsExactly("onboardkit.klara.base-url");
          assertThat(messages(failure)).doesNotContain("SECRETPART");
        });
    Runners.starter().withPropertyValues("onboardkit.klara.api-key=klara_abc123.SECRETPART",
        "onboardkit.klara.max-retries=-1", "onboardkit.klara.timeouts.read=0s").run(context ->
        assertThat(messages(context.getStartupFailure()))
            .contains("onboardkit.klara.max-retries must be zero or more")
            .contains("onboardkit.klara.timeouts.read must be positive"));
  }

  /** Every message in the cause chain, with each exception's class. */
  static String messages(Throwable failure) {
    List<String> all = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.add(t.getClass().getName() + ": " + t.getMessage());
    }
    return String.join("\n", all);
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
