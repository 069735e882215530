package dev.onboardkit.didit;

import dev.onboardkit.core.ClientBuilder;
import dev.onboardkit.core.ClientOptions;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NullArgumentException;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.internal.Lazy;
import dev.onboardkit.didit.lists.DiditListService;
import dev.onboardkit.didit.internal.DiditListServiceImpl;
import dev.onboardkit.didit.checks.DiditCheckService;
import dev.onboardkit.didit.internal.DiditCheckServiceImpl;
import dev.onboardkit.didit.customization.DiditCustomizationService;
import dev.onboardkit.didit.internal.DiditCustomizationServiceImpl;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.http.BaseUrls;
import dev.onboardkit.didit.billing.DiditBillingService;
import dev.onboardkit.didit.businesses.DiditBusinessService;
import dev.onboardkit.didit.internal.DiditBillingServiceImpl;
import dev.onboardkit.didit.internal.DiditBusinessServiceImpl;
import dev.onboardkit.didit.internal.DiditQuestionnaireServiceImpl;
import dev.onboardkit.didit.internal.DiditScreeningServiceImpl;
import dev.onboardkit.didit.internal.DiditSessionServiceImpl;
import dev.onboardkit.didit.internal.DiditSystemServiceImpl;
import dev.onboardkit.didit.internal.DiditTransactionServiceImpl;
import dev.onboardkit.didit.internal.DiditUserServiceImpl;
import dev.onboardkit.didit.internal.DiditVerificationVendor;
import dev.onboardkit.didit.internal.DiditWebhookServiceImpl;
import dev.onboardkit.didit.internal.DiditWorkflowServiceImpl;
import dev.onboardkit.didit.internal.VerificationEndpoints;
import dev.onboardkit.didit.questionnaires.DiditQuestionnaireService;
import dev.onboardkit.didit.screening.DiditScreeningService;
import dev.onboardkit.didit.sessions.DiditSessionService;
import dev.onboardkit.didit.system.DiditSystemService;
import dev.onboardkit.didit.transactions.DiditTransactionService;
import dev.onboardkit.didit.users.DiditUserService;
import dev.onboardkit.didit.webhooks.DiditWebhookService;
import dev.onboardkit.didit.workflows.DiditWorkflowService;
import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The client for the Didit Verification API v3 ({@value #DEFAULT_BASE_URL}): verification sessions and their
 * decisions, workflows, webhook configuration, blocklists and allowlists, the standalone image checks and the flow's
 * branding. (Accounts, organizations and applications are the Auth API's:
 * {@link DiditAuthClient}.)
 *
 * <pre>{@code
 * try (DiditClient didit = DiditClient.builder().apiKey(System.getenv("DIDIT_API_KEY")).build()) {
 *   DiditSession session = didit.sessions().create(DiditCreateSessionRequest.builder()
 *       .workflowId(workflowId).vendorData("user-42").build());
 *   redirectUserTo(session.url());
 * }
 * }</pre>
 *
 * <p>An application's API key comes from the Auth API, in one line:
 * {@code DiditClient.builder().apiKey(app.apiKey().orElseThrow()).build()}, with {@code app} from
 * {@code verifyEmail(...).application()} or {@code applications(orgId).retrieve(appId)}.
 *
 * <p>The key is sent as {@code x-api-key} to the base URL's host only, and masked everywhere (logs,
 * {@code toString()}, exception messages). A refused key, a 401 or a 403 {@code "You do not have permission to
 * perform this action."}, raises an {@link dev.onboardkit.core.error.AuthenticationException} with
 * {@link DiditVerificationErrorCode#API_KEY_REJECTED}. Every service has a {@code withRawResponse()} view, and
 * {@link #async()} the same services returning futures.
 *
 * <p>Thread-safe; create one per API key and share it. Close it to release its connections.
 */
public final class DiditClient implements AutoCloseable {
  /** The production base URL of the Didit Verification API. */
  public static final String DEFAULT_BASE_URL = "https://verification.didit.me/v3";
  /** The environment variable holding the application's API key, read by {@link #fromEnv()}. */
  public static final String ENV_API_KEY = "DIDIT_API_KEY";
  /** The environment variable overriding the base URL, read by {@link #fromEnv()}. */
  public static final String ENV_BASE_URL = "DIDIT_API_BASE_URL";
  /** The header the API key is sent in. */
  public static final String API_KEY_HEADER = "x-api-key";

  private static final String MODULE = "didit-client";

  private final ClientRuntime runtime;
  private final Lazy<DiditSessionService> sessions;
  private final Lazy<DiditWorkflowService> workflows;
  private final Lazy<DiditWebhookService> webhooks;
  private final Lazy<DiditSystemService> system;
  private final Lazy<DiditScreeningService> screening;
  private final Lazy<DiditTransactionService> transactions;
  private final Lazy<DiditBillingService> billing;
  private final Lazy<DiditUserService> users;
  private final Lazy<DiditBusinessService> businesses;
  private final Lazy<DiditQuestionnaireService> questionnaires;
  private final Lazy<DiditListService> lists;
  private final Lazy<DiditCheckService> checks;
  private final Lazy<DiditCustomizationService> customization;
  private final DiditClientAsync async;

  private DiditClient(ClientRuntime runtime) {
    this.runtime = runtime;
    VerificationEndpoints endpoints = new VerificationEndpoints();
    this.sessions = Lazy.of(() -> new DiditSessionServiceImpl(runtime, endpoints.sessions()));
    this.workflows = Lazy.of(() -> new DiditWorkflowServiceImpl(runtime, endpoints.workflows()));
    this.webhooks = Lazy.of(() -> new DiditWebhookServiceImpl(runtime, endpoints.webhooks()));
    this.system = Lazy.of(() -> new DiditSystemServiceImpl(runtime, endpoints.system()));
    this.screening = Lazy.of(() -> new DiditScreeningServiceImpl(runtime, endpoints.screening()));
    this.transactions = Lazy.of(() -> new DiditTransactionServiceImpl(runtime, endpoints.transactions()));
    this.billing = Lazy.of(() -> new DiditBillingServiceImpl(runtime, endpoints.billing()));
    this.users = Lazy.of(() -> new DiditUserServiceImpl(runtime, endpoints.users()));
    this.businesses = Lazy.of(() -> new DiditBusinessServiceImpl(runtime, endpoints.businesses()));
    this.questionnaires = Lazy.of(() -> new DiditQuestionnaireServiceImpl(runtime, endpoints.questionnaires()));
    this.lists = Lazy.of(() -> new DiditListServiceImpl(runtime, endpoints.lists()));
    this.checks = Lazy.of(() -> new DiditCheckServiceImpl(runtime, endpoints.checks()));
    this.customization = Lazy.of(() -> new DiditCustomizationServiceImpl(runtime, endpoints.customization()));
    this.async = new DiditClientAsync(runtime, endpoints);
  }


  /**
   * Starts a builder: base URL {@value #DEFAULT_BASE_URL}, the SDK's default timeouts and retries, no API key yet.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a client from the environment: {@value #ENV_API_KEY} (required) and, optionally,
   * {@value #ENV_BASE_URL}. Equivalent to {@code builder().fromEnv().build()}.
   *
   * @return the client
   * @throws InvalidRequestException listing every missing or invalid variable
   */
  public static DiditClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Returns the session endpoints: create, decision, list, update status, delete, PDF export, data corrections,
   * reviews, and {@code webhooks()} for a session's deliveries.
   *
   * @return the session service
   */
  public DiditSessionService sessions() {
    return sessions.get();
  }

  /**
   * Returns the workflow endpoints.
   *
   * @return the workflow service
   */
  public DiditWorkflowService workflows() {
    return workflows.get();
  }

  /**
   * Returns the webhook configuration endpoints: {@code destinations()} and the legacy settings. To receive
   * deliveries, use {@link dev.onboardkit.didit.webhooks.DiditWebhooks}.
   *
   * @return the webhook service
   */
  public DiditWebhookService webhooks() {
    return webhooks.get();
  }

  /**
   * Returns the system endpoints (the unauthenticated health check).
   *
   * @return the system service
   */
  public DiditSystemService system() {
    return system.get();
  }

  /**
   * Returns the JSON standalone checks: database validation, AML screening, KYB registry search and select, and
   * email and phone one-time codes. Each call costs credits or sends a message, so none is sent twice once it may
   * have reached the server.
   *
   * @return the screening service
   */
  public DiditScreeningService screening() {
    return screening.get();
  }

  /**
   * Returns the transaction monitoring endpoints: submit, list and read transactions, and screen a crypto wallet.
   *
   * @return the transaction service
   */
  public DiditTransactionService transactions() {
    return transactions.get();
  }

  /**
   * Returns the billing endpoints: the credit balance and top-ups.
   *
   * @return the billing service
   */
  public DiditBillingService billing() {
    return billing.get();
  }

  /**
   * Returns the user endpoints (KYC subjects grouped by {@code vendor_data}): list, create, retrieve, update, update
   * status and batch delete.
   *
   * @return the user service
   */
  public DiditUserService users() {
    return users.get();
  }

  /**
   * Returns the business endpoints (KYB subjects grouped by {@code vendor_data}): list, create, retrieve, update,
   * update status and batch delete.
   *
   * @return the business service
   */
  public DiditBusinessService businesses() {
    return businesses.get();
  }

  /**
   * Returns the custom questionnaire endpoints: list, create, retrieve, update and delete.
   *
   * @return the questionnaire service
   */
  public DiditQuestionnaireService questionnaires() {
    return questionnaires.get();
  }

  /**
   * Returns the blocklists, allowlists and custom lists, and {@code entries()} for their values.
   *
   * @return the list service
   */
  public DiditListService lists() {
    return lists.get();
  }

  /**
   * Returns the standalone checks that take images: ID verification, proof of address, passive liveness, face match, face search and age estimation.
   *
   * @return the check service
   */
  public DiditCheckService checks() {
    return checks.get();
  }

  /**
   * Returns the white-label branding of the verification flow: read it, change it, upload logos.
   *
   * @return the customization service
   */
  public DiditCustomizationService customization() {
    return customization.get();
  }

  /**
   * Returns the non-blocking view of this client.
   *
   * @return the async view, sharing this client's connection pool, options and key
   */
  public DiditClientAsync async() {
    return async;
  }

  /**
   * Returns the base URL requests are sent to.
   *
   * @return the base URL
   */
  public URI baseUrl() {
    return runtime.options().baseUrl();
  }

  /**
   * Returns the options this client runs with.
   *
   * @return the options
   */
  public ClientOptions options() {
    return runtime.options();
  }

  /**
   * Derives a client with changed options, such as {@code client.withOptions(o -> o.maxRetries(5))}. It shares this
   * client's connection pool (unless the change sets another OkHttp client or transport) and API key; close it
   * independently.
   *
   * <p>The API key stays with its host: a change that moves the base URL to another origin (scheme, host or port), or
   * that replaces the credentials, is rejected. To use another key or host, build a new client with
   * {@link #builder()}.
   *
   * @param change edits a copy of this client's options
   * @return the derived client
   * @throws InvalidRequestException if {@code change} is null, the changed options are invalid, the base URL moves to
   *     another origin, or the credentials are changed
   */
  public DiditClient withOptions(@Nullable Consumer<ClientOptions.Builder> change) {
    if (change == null) {
      throw new NullArgumentException("change");
    }
    ClientOptions current = runtime.options();
    ClientOptions.Builder b = current.toBuilder();
    change.accept(b);
    ClientOptions next = b.build();
    if (!next.credentials().equals(current.credentials())) {
      throw InvalidRequestException.single("credentials", "cannot be changed by withOptions: a DiditClient keeps its"
          + " API key; build a new client with DiditClient.builder().apiKey(...) to use another key");
    }
    if (!BaseUrls.sameOrigin(next.baseUrl(), current.baseUrl())) {
      throw InvalidRequestException.single("baseUrl", "moves to another host (" + next.baseUrl().getHost()
          + "): this client's API key is only sent to " + current.baseUrl().getHost() + "; build a new client with"
          + " DiditClient.builder().apiKey(...).baseUrl(...) for that host");
    }
    return new DiditClient(runtime.withOptions(next));
  }

  /** Releases this client's share of the connection pool. Idempotent; calls made afterwards fail. */
  @Override
  public void close() {
    runtime.close();
  }

  /** Returns the base URL; the API key is never included. */
  @Override
  public String toString() {
    return "DiditClient{baseUrl=" + baseUrl() + "}";
  }

  /**
   * Builds a {@link DiditClient}. Setters accept null; {@link #build()} reports every problem at once in an
   * {@link InvalidRequestException}.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private final Problems deferred = new Problems();
    private Secret apiKey;
    private boolean apiKeyEmpty;
    private String apiKeyField = "apiKey";
    private URI baseUrl = URI.create(DEFAULT_BASE_URL);
    private String baseUrlField = "baseUrl";

    private Builder() {}

    /**
     * Sets the application's API key, sent as {@code x-api-key}.
     *
     * @param apiKey the key, such as {@code System.getenv("DIDIT_API_KEY")}
     * @return this builder
     */
    public Builder apiKey(@Nullable String apiKey) {
      this.apiKeyEmpty = apiKey != null && apiKey.isEmpty();
      this.apiKey = apiKey == null || apiKey.isEmpty() ? null : Secret.of(apiKey);
      this.apiKeyField = "apiKey";
      return this;
    }

    /**
     * Sets the application's API key from a {@link Secret}, such as {@code application.apiKey().orElseThrow()} from
     * the Auth API.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(@Nullable Secret apiKey) {
      this.apiKeyEmpty = false;
      this.apiKey = apiKey;
      this.apiKeyField = "apiKey";
      return this;
    }

    /**
     * Overrides the base URL, for example to use a fake server in tests: {@code https}, or {@code http} on a loopback
     * host. Paths such as {@code /session/} are appended to it.
     *
     * @param baseUrl the base URL, such as {@code https://verification.didit.me/v3}
     * @return this builder
     */
    public Builder baseUrl(@Nullable URI baseUrl) {
      this.baseUrl = baseUrl;
      this.baseUrlField = "baseUrl";
      return this;
    }

    /**
     * Reads {@code DIDIT_API_KEY} and {@code DIDIT_API_BASE_URL} from the process environment, as
     * {@link DiditClient#fromEnv()} does. Equivalent to {@code fromEnv(System.getenv())}.
     *
     * @return this builder
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    /**
     * Reads {@code DIDIT_API_KEY} and {@code DIDIT_API_BASE_URL} from a map of environment variables. Unset or blank
     * variables leave the builder unchanged; the key is used exactly as set, the URL trimmed. When neither
     * {@code DIDIT_API_KEY} nor {@link #apiKey(String)} gives a key, {@link #build()} reports {@code DIDIT_API_KEY}
     * as missing.
     *
     * @param env the variables, such as {@code System.getenv()}; null is reported by {@link #build()}
     * @return this builder
     */
    public Builder fromEnv(@Nullable Map<String, String> env) {
      if (env == null) {
        deferred.add("env", "is required: a map of environment variables, such as System.getenv()");
        return this;
      }
      String key = env.get(ENV_API_KEY);
      if (key != null && !key.isBlank()) {
        apiKey(key);
        apiKeyField = ENV_API_KEY;
      } else if (apiKey == null) {
        apiKeyField = ENV_API_KEY;
      }
      String url = env.get(ENV_BASE_URL);
      if (url != null && !url.isBlank()) {
        URI parsed = deferred.capture(() -> BaseUrls.parse(ENV_BASE_URL, url));
        if (parsed != null) {
          baseUrl(parsed);
          baseUrlField = ENV_BASE_URL;
        }
      }
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws InvalidRequestException listing every problem: a missing or malformed API key, an invalid base URL,
     *     invalid options
     */
    public DiditClient build() {
      Problems problems = new Problems();
      problems.capture(() -> {
        deferred.throwIfAny();
        return null;
      });
      CredentialsProvider credentials = null;
      if (apiKey == null) {
        problems.add(apiKeyField, apiKeyEmpty ? "must not be empty"
            : "is required: the application's API key (from the Didit console, or the Auth API's application)");
      } else if (!isHeaderSafe(apiKey.reveal())) {
        problems.add(apiKeyField, "must not contain whitespace or non-ASCII characters");
      } else {
        credentials = CredentialsProvider.fixed(Credential.header(API_KEY_HEADER, apiKey));
      }
      CredentialsProvider fixed = credentials;
      ClientOptions built = problems.capture(() -> buildOptions(baseUrl, baseUrlField, fixed));
      problems.throwIfAny();
      return new DiditClient(ClientRuntime.create(built, MODULE, DiditVerificationVendor.PROFILE));
    }

    private static boolean isHeaderSafe(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c <= 0x20 || c >= 0x7f) {
          return false;
        }
      }
      return true;
    }
  }
}
