package dev.onboardkit.examples;

import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * What the examples run against: real clients when credentials are in the environment, otherwise the embedded fake
 * servers (started lazily, closed with the context). Also carries the ids one example hands to the next.
 */
public final class ExampleContext implements AutoCloseable {
  private final Map<String, String> env;
  private final Report report;
  private FakeKlaraServer klaraFake;
  private FakeDiditServer diditFake;
  private FakeDiditVerificationServer verificationFake;
  private KlaraClient klara;
  private String applicationId;

  /**
   * Creates a context.
   *
   * @param env the environment variables to read (normally {@code System.getenv()})
   * @param report where the examples report
   */
  public ExampleContext(Map<String, String> env, Report report) {
    this.env = Map.copyOf(env);
    this.report = report;
  }

  /**
   * Creates a context from the process environment, reporting to standard output.
   *
   * @return the context
   */
  public static ExampleContext fromEnvironment() {
    return new ExampleContext(System.getenv(), new Report(System.out));
  }

  /**
   * Returns the report.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }

  /**
   * Returns whether Klara calls go to the real sandbox ({@code KLARA_API_KEY} is set).
   *
   * @return true for the real API
   */
  public boolean realKlara() {
    return !env.getOrDefault("KLARA_API_KEY", "").isBlank();
  }

  /**
   * Returns whether Didit calls go to the real API ({@code DIDIT_EMAIL} and {@code DIDIT_PASSWORD} are set).
   *
   * @return true for the real API
   */
  public boolean realDidit() {
    return !env.getOrDefault("DIDIT_EMAIL", "").isBlank() && !env.getOrDefault("DIDIT_PASSWORD", "").isBlank();
  }

  /**
   * Returns whether Didit Verification API calls go to the real API ({@code DIDIT_API_KEY} is set).
   *
   * @return true for the real API
   */
  public boolean realDiditVerification() {
    return !env.getOrDefault("DIDIT_API_KEY", "").isBlank();
  }

  /**
   * Returns the Verification API's base URL: {@code DIDIT_API_BASE_URL} or production with real credentials,
   * otherwise the embedded fake's, which accepts the API keys of the Auth API fake's applications.
   *
   * @return the base URL
   */
  public URI verificationUrl() {
    if (realDiditVerification()) {
      return URI.create(env.getOrDefault("DIDIT_API_BASE_URL", DiditClient.DEFAULT_BASE_URL).strip());
    }
    return verificationFake().baseUrl();
  }

  /**
   * Returns a verification client builder configured from {@code DIDIT_API_KEY} and {@code DIDIT_API_BASE_URL}.
   *
   * @return a new builder
   */
  public DiditClient.Builder diditVerificationFromEnv() {
    return DiditClient.builder().fromEnv(env);
  }

  /**
   * Returns the embedded fake Verification API, if the examples run against it.
   *
   * @return the fake, empty in real mode
   */
  public Optional<FakeDiditVerificationServer> verificationFakeIfUsed() {
    return realDiditVerification() ? Optional.empty() : Optional.of(verificationFake());
  }

  /**
   * Returns the Klara client: from the environment, or against the embedded fake with a freshly issued key.
   *
   * @return the shared Klara client
   */
  public synchronized KlaraClient klara() {
    if (klara == null) {
      klara = realKlara()
          ? KlaraClient.builder().fromEnv(env).build()
          : KlaraClient.builder().baseUrl(klaraFake().baseUrl()).apiKey(klaraFake().issueApiKey()).build();
    }
    return klara;
  }

  /**
   * Returns the Klara config id to create applications with ({@code KLARA_CONFIG_ID}, default {@code kyc-standard}).
   *
   * @return the config id
   */
  public String klaraConfigId() {
    return env.getOrDefault("KLARA_CONFIG_ID", FakeKlaraServer.DEFAULT_CONFIG_ID);
  }

  /**
   * Returns the embedded fake Klara server, if the examples run against it.
   *
   * @return the fake, empty in real mode
   */
  public Optional<FakeKlaraServer> klaraFakeIfUsed() {
    return realKlara() ? Optional.empty() : Optional.of(klaraFake());
  }

  /**
   * Returns the embedded fake Didit server, if the examples run against it.
   *
   * @return the fake, empty in real mode
   */
  public Optional<FakeDiditServer> diditFakeIfUsed() {
    return realDidit() ? Optional.empty() : Optional.of(diditFake());
  }

  /**
   * Returns a Didit client builder pointed at the real API (with {@code DIDIT_AUTH_BASE_URL} if set) or the fake.
   *
   * @return a new builder; add credentials to it
   */
  public DiditAuthClient.Builder diditBuilder() {
    if (realDidit()) {
      String baseUrl = env.get("DIDIT_AUTH_BASE_URL");
      DiditAuthClient.Builder b = DiditAuthClient.builder();
      return baseUrl == null || baseUrl.isBlank() ? b : b.baseUrl(java.net.URI.create(baseUrl.strip()));
    }
    return DiditAuthClient.builder().baseUrl(diditFake().baseUrl());
  }

  /**
   * Returns an environment variable.
   *
   * @param name the variable name
   * @return its value, if set and not blank
   */
  public Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }

  /**
   * Returns the application the previous Klara example created, if any.
   *
   * @return the application id
   */
  public Optional<String> applicationId() {
    return Optional.ofNullable(applicationId);
  }

  /**
   * Remembers an application for the examples that follow.
   *
   * @param applicationId the application id
   */
  public void applicationId(String applicationId) {
    this.applicationId = applicationId;
  }

  private synchronized FakeKlaraServer klaraFake() {
    if (klaraFake == null) {
      klaraFake = FakeKlaraServer.start();
      report.note("(started the embedded fake Klara server at " + klaraFake.baseUrl() + ")");
    }
    return klaraFake;
  }

  private synchronized FakeDiditServer diditFake() {
    if (diditFake == null) {
      diditFake = FakeDiditServer.start();
      report.note("(started the embedded fake Didit server at " + diditFake.baseUrl() + ")");
    }
    return diditFake;
  }

  private synchronized FakeDiditVerificationServer verificationFake() {
    if (verificationFake == null) {
      verificationFake = FakeDiditVerificationServer.startLinkedTo(diditFake());
      report.note("(started the embedded fake Didit Verification API at " + verificationFake.baseUrl() + ")");
    }
    return verificationFake;
  }

  @Override
  public synchronized void close() {
    if (verificationFake != null) {
      verificationFake.close();
    }
    if (klara != null) {
      klara.close();
    }
    if (klaraFake != null) {
      klaraFake.close();
    }
    if (diditFake != null) {
      diditFake.close();
    }
  }
}
