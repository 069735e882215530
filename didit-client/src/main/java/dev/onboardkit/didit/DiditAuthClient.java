package dev.onboardkit.didit;

import dev.onboardkit.core.ClientBuilder;
import dev.onboardkit.core.ClientOptions;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NullArgumentException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.internal.http.BaseUrls;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.account.DiditAccountService;
import dev.onboardkit.didit.applications.DiditApplicationService;
import dev.onboardkit.didit.internal.AccountEndpoints;
import dev.onboardkit.didit.internal.ApplicationEndpoints;
import dev.onboardkit.didit.internal.DiditAccountServiceImpl;
import dev.onboardkit.didit.internal.DiditApplicationServiceImpl;
import dev.onboardkit.didit.internal.DiditOrganizationServiceImpl;
import dev.onboardkit.didit.internal.ManagedSession;
import dev.onboardkit.didit.internal.OrganizationEndpoints;
import dev.onboardkit.didit.internal.DiditVendor;
import dev.onboardkit.didit.organizations.DiditOrganizationService;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Client for the Didit Auth API v2 ({@value #DEFAULT_BASE_URL}): account bootstrap, organizations and applications.
 *
 * <pre>{@code
 * try (DiditAuthClient didit = DiditAuthClient.builder()
 *     .credentials("ops@acme.com", System.getenv("DIDIT_PASSWORD"))   // managed session: logs in when needed
 *     .build()) {
 *   String orgId = didit.organizations().list().get(0).uuid();
 *   Application app = didit.applications(orgId).create(
 *       CreateApplicationRequest.builder().name("Customer 42").build());
 *   vault.store("didit/customer-42", app.apiKey().get().reveal());
 * }
 * }</pre>
 *
 * <p>The account endpoints ({@link #account()}) need no token. The organization and application endpoints send
 * {@code Authorization: Bearer <access token>}, from exactly one of: a fixed token ({@link Builder#accessToken}), a
 * supplier asked before each attempt ({@link Builder#accessTokenSupplier}), or a managed session
 * ({@link Builder#credentials}) that logs in with email and password and logs in again shortly before the token
 * expires. The token is only ever sent to the base URL's host.
 *
 * <p><b>Anonymous clients.</b> A client without a token must be asked for: {@link Builder#build()} fails when no
 * credential mode is set, and {@link #fromEnv()} fails when {@value #ENV_EMAIL} and {@value #ENV_PASSWORD} are not
 * set, so a missing configuration is found at start-up rather than at the first authenticated call. For a client that
 * only signs up and logs in (the account endpoints), build it with {@link Builder#anonymous()}:
 *
 * <pre>{@code
 * DiditAuthClient signUp = DiditAuthClient.builder().anonymous().build();
 * signUp.account().register(email, password);
 * }</pre>
 *
 * <p>An anonymous client's organization and application calls fail before sending with a
 * {@link dev.onboardkit.core.error.MissingCredentialsException} saying which credential to configure.
 *
 * <p>Thread-safe; share one instance. Close it to release its connections.
 */
public final class DiditAuthClient implements AutoCloseable {
  /** The production base URL of the Didit Auth API. */
  public static final String DEFAULT_BASE_URL = "https://apx.didit.me/auth/v2";
  /** The environment variable holding the account's email, read by {@link #fromEnv()}. */
  public static final String ENV_EMAIL = "DIDIT_EMAIL";
  /** The environment variable holding the account's password, read by {@link #fromEnv()}. */
  public static final String ENV_PASSWORD = "DIDIT_PASSWORD";
  /** The environment variable overriding the base URL, read by {@link #fromEnv()}. */
  public static final String ENV_BASE_URL = "DIDIT_AUTH_BASE_URL";

  private static final String MODULE = "didit-client";

  private final ClientRuntime runtime;
  private final ManagedSession session;
  private final DiditAccountService account;
  private final DiditOrganizationService organizations;
  private final DiditAuthClientAsync async;

  private DiditAuthClient(ClientRuntime runtime, @Nullable ManagedSession session) {
    this.runtime = runtime;
    this.session = session;
    AccountEndpoints accountEndpoints = new AccountEndpoints();
    OrganizationEndpoints organizationEndpoints = new OrganizationEndpoints();
    this.account = new DiditAccountServiceImpl(runtime, accountEndpoints);
    this.organizations = new DiditOrganizationServiceImpl(runtime, organizationEndpoints);
    this.async = new DiditAuthClientAsync(runtime, accountEndpoints, organizationEndpoints);
  }

  /**
   * Starts a builder: base URL {@value #DEFAULT_BASE_URL}, the SDK's default timeouts and retries, no credential.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a client from the environment: {@value #ENV_EMAIL} and {@value #ENV_PASSWORD} (a managed session) and,
   * optionally, {@value #ENV_BASE_URL}. For an anonymous (sign-up only) client configured from the environment, use
   * {@code builder().anonymous().fromEnv().build()}.
   *
   * @return the client
   * @throws InvalidRequestException if a variable is invalid, or email and password are not both set
   */
  public static DiditAuthClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Returns the account endpoints: register, verify email, resend code, login and two-factor. They need no token.
   *
   * @return the account service
   */
  public DiditAccountService account() {
    return account;
  }

  /**
   * Returns the organization endpoints (need the access token).
   *
   * @return the organization service
   */
  public DiditOrganizationService organizations() {
    return organizations;
  }

  /**
   * Returns the application endpoints of one organization (need the access token of an owner or admin).
   *
   * @param orgId the organization's identifier, from {@code organizations().list()} or {@code verifyEmail}; checked
   *     when a call is made
   * @return the application service
   */
  public DiditApplicationService applications(String orgId) {
    return new DiditApplicationServiceImpl(runtime, new ApplicationEndpoints(orgId));
  }

  /**
   * Returns the non-blocking view of this client.
   *
   * @return the async view
   */
  public DiditAuthClientAsync async() {
    return async;
  }

  /**
   * Returns the options this client was built with.
   *
   * @return the options
   */
  public ClientOptions options() {
    return runtime.options();
  }

  /**
   * Returns a client with changed options that shares this client's connection pool, for example
   * {@code client.withOptions(o -> o.maxRetries(5))}. Close the derived client independently.
   *
   * <p>The access token stays with its host. A managed session keeps its token (and in-flight login) shared with the
   * derived client as long as the base URL's origin stays the same; on another origin the derived client logs in there
   * with its own session. A fixed token or token supplier is never sent to another origin: moving the base URL fails
   * with an {@link InvalidRequestException} (field {@code baseUrl}) unless the same call also sets new credentials,
   * such as {@code o.baseUrl(url).credentials(CredentialsProvider.fixed(Credential.bearer(token)))}. A client without
   * credentials can move freely.
   *
   * @param customize changes the options
   * @return the derived client
   * @throws InvalidRequestException if {@code customize} is null, the changed options are invalid, or a fixed token
   *     or token supplier would follow the base URL to another origin
   */
  public DiditAuthClient withOptions(Consumer<ClientOptions.Builder> customize) {
    if (customize == null) {
      throw new NullArgumentException("customize");
    }
    ClientOptions current = runtime.options();
    ClientOptions.Builder b = current.toBuilder();
    customize.accept(b);
    ClientOptions next = b.build();
    CredentialsProvider credentials = next.credentials().orElse(null);
    if (session != null && credentials == session) {
      RuntimeLogin login = new RuntimeLogin();
      ManagedSession derived = BaseUrls.sameOrigin(next.baseUrl(), current.baseUrl())
          ? session.sharingWith(next.clock(), login)
          : session.independentCopy(next.clock(), login);
      ClientRuntime derivedRuntime = runtime.withOptions(next.toBuilder().credentials(derived).build());
      login.attach(derivedRuntime);
      return new DiditAuthClient(derivedRuntime, derived);
    }
    if (credentials == null || credentials instanceof NoCredentials) {
      // nothing secret to pin to a host: a fresh marker lets the derived client move anywhere
      next = next.toBuilder().credentials(new NoCredentials()).build();
    }
    return new DiditAuthClient(runtime.withOptions(next), null);
  }

  /** Releases this client's share of the connection pool. Idempotent; later calls fail. */
  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "DiditAuthClient{baseUrl=" + runtime.options().baseUrl() + ", credentials="
        + (session != null ? "managed session" : String.valueOf(runtime.options().credentials().orElse(null))) + "}";
  }

  /**
   * Builds {@link DiditAuthClient}. Set exactly one credential mode: {@link #accessToken(String)},
   * {@link #accessTokenSupplier(Supplier)}, {@link #credentials(String, String)}, or {@link #anonymous()} for a
   * client without a token. Setters accept anything; {@link #build()} reports every problem at once.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private URI baseUrl = URI.create(DEFAULT_BASE_URL);
    private final Set<String> modes = new LinkedHashSet<>();
    private Object accessToken;
    private Supplier<String> accessTokenSupplier;
    private String email;
    private String password;
    private final List<String[]> pending = new ArrayList<>();
    private boolean fromEnv;

    private Builder() {}

    /**
     * Overrides the base URL, for example to use a fake server in tests: {@code https}, or {@code http} on a loopback
     * host. Paths such as {@code /programmatic/login/} are appended to it.
     *
     * @param baseUrl the base URL
     * @return this builder
     */
    public Builder baseUrl(@Nullable URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Uses a fixed access token (credential mode 1 of 3), for example one returned by
     * {@code account().verifyTwoFactor(...)}. When it expires, calls fail with
     * {@link dev.onboardkit.core.error.AuthenticationException}.
     *
     * @param accessToken the token alone, without {@code Bearer}
     * @return this builder
     */
    public Builder accessToken(@Nullable String accessToken) {
      return mode("accessToken", () -> this.accessToken = accessToken);
    }

    /**
     * Uses a fixed access token given as a {@link Secret}, such as {@code tokens.accessToken()}.
     *
     * @param accessToken the token
     * @return this builder
     */
    public Builder accessToken(@Nullable Secret accessToken) {
      return mode("accessToken", () -> this.accessToken = accessToken);
    }

    /**
     * Asks {@code supplier} for the access token before every attempt (credential mode 2 of 3), for tokens managed
     * elsewhere. After a 401 the supplier is asked again and the request replayed once if it returned another token.
     *
     * @param supplier returns the current token, without {@code Bearer}; must be thread-safe
     * @return this builder
     */
    public Builder accessTokenSupplier(@Nullable Supplier<String> supplier) {
      return mode("accessTokenSupplier", () -> this.accessTokenSupplier = supplier);
    }

    /**
     * Uses a managed session (credential mode 3 of 3): the client logs in with this email and password on first use,
     * and again when the token is expired or within 60 s of expiry (half its lifetime for tokens that live two
     * minutes or less), or was rejected with a 401. Concurrent callers share one login. A login answered with a 429
     * fails the call with a {@link dev.onboardkit.core.error.RateLimitException} rather than waiting. An account with
     * two-factor authentication cannot use this mode
     * ({@link dev.onboardkit.didit.account.DiditTwoFactorRequiredException}).
     *
     * @param email the account's email address
     * @param password the account's password
     * @return this builder
     */
    public Builder credentials(@Nullable String email, @Nullable String password) {
      return mode("credentials", () -> {
        this.email = email;
        this.password = password;
      });
    }

    /**
     * Builds a client without an access token (the fourth credential mode): only the account endpoints (register,
     * verify email, resend code, login, two-factor) work, and every organization or application call fails before
     * sending with a {@link dev.onboardkit.core.error.MissingCredentialsException}. Without this, a builder with no
     * credential mode fails to build, so that a missing token is found at start-up.
     *
     * @return this builder
     */
    public Builder anonymous() {
      return mode("anonymous", () -> { });
    }

    /**
     * Reads {@code DIDIT_EMAIL}, {@code DIDIT_PASSWORD} and {@code DIDIT_AUTH_BASE_URL} from the process
     * environment, as {@link DiditAuthClient#fromEnv()} does. Blank variables count as unset. The email and URL are
     * trimmed; the password is used exactly as set (leading or trailing spaces are part of it).
     *
     * @return this builder
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    /**
     * Reads {@code DIDIT_EMAIL}, {@code DIDIT_PASSWORD} and {@code DIDIT_AUTH_BASE_URL} from a map of environment
     * variables, as {@link #fromEnv()} does from the process environment.
     *
     * @param env the variables, such as {@code System.getenv()}; null is reported by {@link #build()}
     * @return this builder
     */
    public Builder fromEnv(@Nullable Map<String, String> env) {
      fromEnv = true;
      if (env == null) {
        pending.add(new String[] {"env", "is required: a map of environment variables, such as System.getenv()"});
        return this;
      }
      String url = blankToNull(env.get(ENV_BASE_URL));
      if (url != null) {
        try {
          baseUrl(BaseUrls.parse(ENV_BASE_URL, url));
        } catch (InvalidRequestException e) {
          e.problems().forEach(p -> pending.add(new String[] {p.field(), p.message()}));
        }
      }
      String envEmail = blankToNull(env.get(ENV_EMAIL));
      String envPassword = env.get(ENV_PASSWORD);
      if (envPassword != null && envPassword.isBlank()) {
        envPassword = null; // unset; a set password is used exactly as given, spaces included
      }
      if (envEmail != null && envPassword != null) {
        credentials(envEmail, envPassword);
      } else if (envEmail != null) {
        pending.add(new String[] {ENV_PASSWORD, "is required when " + ENV_EMAIL + " is set"});
      } else if (envPassword != null) {
        pending.add(new String[] {ENV_EMAIL, "is required when " + ENV_PASSWORD + " is set"});
      }
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws InvalidRequestException listing every problem found
     */
    public DiditAuthClient build() {
      Problems problems = new Problems();
      pending.forEach(p -> problems.add(p[0], p[1]));
      if (modes.size() > 1) {
        problems.add("credentials", modes.contains("anonymous")
            ? "anonymous() is a client without a token, so it cannot be combined with " + otherModes()
            : "set only one of accessToken, accessTokenSupplier or credentials(email, password); got "
                + String.join(" and ", modes));
      } else if (modes.isEmpty() && pending.isEmpty()) {
        problems.add("credentials", fromEnv
            ? "are not set: set " + ENV_EMAIL + " and " + ENV_PASSWORD + " for a managed session, or build with"
                + " builder().anonymous().fromEnv() for a client that only uses the account endpoints (sign-up, login)"
            : "are not set: set credentials(email, password), accessToken(token) or accessTokenSupplier(supplier),"
                + " or call anonymous() for a client that only uses the account endpoints (sign-up, login)");
      }
      CredentialsProvider provider = NoCredentials.INSTANCE;
      ManagedSession session = null;
      RuntimeLogin login = null;
      if (modes.contains("accessToken")) {
        Secret token = checkToken(problems, accessToken);
        if (token != null) {
          provider = CredentialsProvider.fixed(Credential.bearer(token));
        }
      }
      if (modes.contains("accessTokenSupplier")
          && problems.requireNonNull("accessTokenSupplier", accessTokenSupplier)) {
        provider = CredentialsProvider.fromSupplier(supplierCredential(accessTokenSupplier));
      }
      if (modes.contains("credentials")) {
        boolean emailOk = problems.requireEmail("email", email);
        boolean passwordOk = problems.requireNonNull("password", password);
        if (passwordOk && password.isEmpty()) {
          problems.add("password", "must not be empty");
          passwordOk = false;
        }
        if (emailOk && passwordOk) {
          Clock clock = configuredClock();
          login = new RuntimeLogin();
          session = ManagedSession.create(email.strip(), Secret.of(password),
              clock != null ? clock : Clock.systemUTC(), login);
          provider = session;
        }
      }
      CredentialsProvider credentials = provider;
      ClientOptions options = problems.capture(() -> buildOptions(baseUrl, "baseUrl", credentials));
      problems.throwIfAny();
      ClientRuntime runtime = ClientRuntime.create(options, MODULE, DiditVendor.PROFILE);
      if (login != null) {
        login.attach(runtime);
      }
      return new DiditAuthClient(runtime, session);
    }

    private String otherModes() {
      List<String> others = new ArrayList<>(modes);
      others.remove("anonymous");
      return String.join(" and ", others);
    }

    private Builder mode(String name, Runnable set) {
      modes.add(name);
      set.run();
      return this;
    }

    private static @Nullable Secret checkToken(Problems problems, @Nullable Object value) {
      if (value == null) {
        problems.add("accessToken", "is required");
        return null;
      }
      String token = value instanceof Secret ? ((Secret) value).reveal() : (String) value;
      if (token.isEmpty()) {
        problems.add("accessToken", "must not be empty");
        return null;
      }
      if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
        problems.add("accessToken", "must be the token alone, without the 'Bearer ' prefix");
        return null;
      }
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c <= 0x20 || c >= 0x7f) {
          problems.add("accessToken", "must not contain whitespace or non-ASCII characters");
          return null;
        }
      }
      return value instanceof Secret ? (Secret) value : Secret.of(token);
    }

    private static Supplier<Credential> supplierCredential(Supplier<String> supplier) {
      return () -> {
        String token = supplier.get();
        if (token == null || token.isEmpty()) {
          throw new OnboardKitException("The accessTokenSupplier returned no token (null or empty)", null);
        }
        return Credential.bearer(Secret.of(token));
      };
    }

    private static @Nullable String blankToNull(@Nullable String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
