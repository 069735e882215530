package dev.onboardkit.spring.test;

import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fakes started for a test context by {@link AutoConfigureOnboardKitFakes}, with the credentials the client beans
 * use. Available as the bean {@code onboardKitFakes}. Thread-safe.
 */
public final class OnboardKitFakes implements AutoCloseable {
  private final FakeClock clock;
  private final FakeKlaraServer klara;
  private final FakeDiditServer didit;
  private final String klaraApiKey;
  private final DiditVerifiedAccount diditAccount;
  private final String diditPassword;

  private OnboardKitFakes(FakeClock clock, FakeKlaraServer klara, FakeDiditServer didit, String klaraApiKey,
      DiditVerifiedAccount diditAccount, String diditPassword) {
    this.clock = clock;
    this.klara = klara;
    this.didit = didit;
    this.klaraApiKey = klaraApiKey;
    this.diditAccount = diditAccount;
    this.diditPassword = diditPassword;
  }

  /**
   * Starts both fakes on one clock that follows the system clock ({@link FakeClock#tracking()}), issues a Klara API
   * key with every scope and creates a verified Didit account.
   *
   * @param diditEmail the Didit account's email
   * @param diditPassword its password
   * @return the running fakes
   */
  public static OnboardKitFakes start(String diditEmail, String diditPassword) {
    FakeClock clock = FakeClock.tracking();
    FakeKlaraServer klara = FakeKlaraServer.start(clock);
    FakeDiditServer didit = null;
    try {
      didit = FakeDiditServer.start(clock);
      return new OnboardKitFakes(clock, klara, didit, klara.issueApiKey(),
          didit.createVerifiedAccount(diditEmail, diditPassword), diditPassword);
    } catch (RuntimeException e) {
      klara.close();
      if (didit != null) {
        didit.close();
      }
      throw e;
    }
  }

  /**
   * Returns the properties that point the starter's beans at these fakes.
   *
   * @return {@code onboardkit.*} property names and values
   */
  public Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("onboardkit.klara.enabled", "true");
    p.put("onboardkit.klara.api-key", klaraApiKey);
    p.put("onboardkit.klara.base-url", klara.baseUrl().toString());
    p.put("onboardkit.didit.enabled", "true");
    p.put("onboardkit.didit.auth-base-url", didit.baseUrl().toString());
    p.put("onboardkit.didit.email", diditAccount.email());
    p.put("onboardkit.didit.password", diditPassword);
    p.put("onboardkit.didit.access-token", "");
    return p;
  }

  /**
   * Returns the clock both fakes share, which follows the system clock; advance it to expire codes and tokens in the
   * fakes.
   *
   * @return the clock
   */
  public FakeClock clock() {
    return clock;
  }

  /**
   * Returns the fake Klara server.
   *
   * @return the fake
   */
  public FakeKlaraServer klara() {
    return klara;
  }

  /**
   * Returns the fake Didit Auth API.
   *
   * @return the fake
   */
  public FakeDiditServer didit() {
    return didit;
  }

  /**
   * Returns the Klara API key the client bean uses (every scope, in the fake's main organization).
   *
   * @return the key
   */
  public String klaraApiKey() {
    return klaraApiKey;
  }

  /**
   * Returns the verified Didit account the client bean signs in with: its organization, default application and keys.
   *
   * @return the account
   */
  public DiditVerifiedAccount diditAccount() {
    return diditAccount;
  }

  /** Stops both fakes. Idempotent. */
  @Override
  public void close() {
    klara.close();
    didit.close();
  }

  /** Returns the fakes' base URLs; never a key or password. */
  @Override
  public String toString() {
    return "OnboardKitFakes{klara=" + klara.baseUrl() + ", didit=" + didit.baseUrl() + "}";
  }
}
