package dev.onboardkit.klara;

import dev.onboardkit.core.ClientBuilder;
import dev.onboardkit.core.ClientOptions;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NullArgumentException;
import dev.onboardkit.core.internal.http.BaseUrls;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.klara.applications.KlaraApplicationService;
import dev.onboardkit.klara.internal.ApplicationEndpoints;
import dev.onboardkit.klara.internal.KlaraApplicationServiceAsyncImpl;
import dev.onboardkit.klara.internal.KlaraApplicationServiceImpl;
import dev.onboardkit.klara.internal.KlaraRfiRequestServiceAsyncImpl;
import dev.onboardkit.klara.internal.KlaraRfiRequestServiceImpl;
import dev.onboardkit.klara.internal.RfiRequestEndpoints;
import dev.onboardkit.klara.internal.KlaraVendor;
import dev.onboardkit.klara.rfi.KlaraRfiRequestService;
import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The client for the Klara external API.
 *
 * <pre>{@code
 * try (KlaraClient klara = KlaraClient.builder()
 *     .apiKey(System.getenv("KLARA_API_KEY"))        // klara_{client_id}.{secret}
 *     .environment(KlaraEnvironment.SANDBOX)
 *     .build()) {
 *   CreateApplicationResponse created = klara.applications().create(request);
 * }
 * }</pre>
 *
 * <p>Endpoints are grouped by resource: {@link #applications()} (with {@code documents()}) and
 * {@link #rfiRequests()}; {@link #async()} has the same endpoints returning futures, and every service has a
 * {@code withRawResponse()} view. The API key is sent as {@code Authorization: Bearer ...} and masked everywhere
 * (logs, {@code toString()}, exception messages).
 *
 * <p>Create one client per API key and share it: it is thread-safe and holds a connection pool. Close it when done;
 * clients derived with {@link #withOptions(Consumer)} share the pool and are closed independently.
 */
public final class KlaraClient implements AutoCloseable {
  /** The environment variable holding the API key. */
  public static final String ENV_API_KEY = "KLARA_API_KEY";
  /** The environment variable naming the environment, {@code sandbox} or {@code production}. */
  public static final String ENV_ENVIRONMENT = "KLARA_ENVIRONMENT";
  /** The environment variable overriding the base URL. */
  public static final String ENV_BASE_URL = "KLARA_BASE_URL";

  private static final String MODULE = "klara-client";

  private final ClientRuntime runtime;
  private final KlaraApiKey apiKey;
  private final KlaraApplicationService applications;
  private final KlaraRfiRequestService rfiRequests;
  private final KlaraClientAsync async;

  private KlaraClient(ClientRuntime runtime, KlaraApiKey apiKey) {
    this.runtime = runtime;
    this.apiKey = apiKey;
    ApplicationEndpoints applicationEndpoints = new ApplicationEndpoints();
    RfiRequestEndpoints rfiRequestEndpoints = new RfiRequestEndpoints();
    this.applications = new KlaraApplicationServiceImpl(runtime, applicationEndpoints);
    this.rfiRequests = new KlaraRfiRequestServiceImpl(runtime, rfiRequestEndpoints);
    this.async = new KlaraClientAsync(new KlaraApplicationServiceAsyncImpl(runtime, applicationEndpoints),
        new KlaraRfiRequestServiceAsyncImpl(runtime, rfiRequestEndpoints));
  }

  /**
   * Starts a builder. Without {@link Builder#environment} or {@link Builder#baseUrl}, the client talks to the
   * sandbox.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a client from the environment variables {@code KLARA_API_KEY} (required), {@code KLARA_ENVIRONMENT}
   * ({@code sandbox} or {@code production}; {@code sandbox} when unset) and {@code KLARA_BASE_URL} (optional,
   * overrides the environment's URL). Equivalent to {@code builder().fromEnv().build()}.
   *
   * @return the client
   * @throws InvalidRequestException listing every missing or invalid variable
   */
  public static KlaraClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Returns the application endpoints.
   *
   * @return the application service
   */
  public KlaraApplicationService applications() {
    return applications;
  }

  /**
   * Returns the RFI request endpoints.
   *
   * @return the RFI request service
   */
  public KlaraRfiRequestService rfiRequests() {
    return rfiRequests;
  }

  /**
   * Returns the non-blocking view of this client.
   *
   * @return the async view, sharing this client's connection pool and options
   */
  public KlaraClientAsync async() {
    return async;
  }

  /**
   * Returns the client id of the API key (the public part of {@code klara_{client_id}.{secret}}).
   *
   * @return the client id
   */
  public String clientId() {
    return apiKey.clientId();
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
   * that replaces the credentials, is rejected, so the key is never sent anywhere else. To use another API key or
   * another host, build a new client with {@link #builder()}.
   *
   * @param change edits a copy of this client's options
   * @return the derived client
   * @throws InvalidRequestException if {@code change} is null, the changed options are invalid, the base URL moves to
   *     another origin, or the credentials are changed
   */
  public KlaraClient withOptions(Consumer<ClientOptions.Builder> change) {
    if (change == null) {
      throw new NullArgumentException("change");
    }
    ClientOptions current = runtime.options();
    ClientOptions.Builder b = current.toBuilder();
    change.accept(b);
    ClientOptions next = b.build();
    if (!next.credentials().equals(current.credentials())) {
      throw InvalidRequestException.single("credentials", "cannot be changed by withOptions: a KlaraClient keeps its"
          + " API key; build a new client with KlaraClient.builder().apiKey(...) to use another key");
    }
    if (!BaseUrls.sameOrigin(next.baseUrl(), current.baseUrl())) {
      throw InvalidRequestException.single("baseUrl", "moves to another host (" + next.baseUrl().getHost()
          + "): this client's API key is only sent to " + current.baseUrl().getHost() + "; build a new client with"
          + " KlaraClient.builder().apiKey(...).baseUrl(...) for that host");
    }
    return new KlaraClient(runtime.withOptions(next), apiKey);
  }

  /**
   * Releases this client's share of the connection pool. Idempotent; calls made afterwards fail.
   */
  @Override
  public void close() {
    runtime.close();
  }

  /** Returns the client id and base URL; the API key's secret is never included. */
  @Override
  public String toString() {
    return "KlaraClient{clientId=" + apiKey.clientId() + ", baseUrl=" + baseUrl() + "}";
  }

  /**
   * Builds a {@link KlaraClient}. Setters accept null; {@link #build()} reports every problem at once in an
   * {@link InvalidRequestException}.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private final Problems deferred = new Problems();
    private String apiKey;
    private String apiKeyField = "apiKey";
    private KlaraEnvironment environment;
    private URI baseUrl;
    private String baseUrlField = "baseUrl";

    private Builder() {}

    /**
     * Sets the API key, {@code klara_{client_id}.{secret}}. It is parsed by {@link #build()}: a malformed key fails
     * with the expected format, never with the key itself.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(@Nullable String apiKey) {
      this.apiKey = apiKey;
      this.apiKeyField = "apiKey";
      return this;
    }

    /**
     * Sets the API key from a {@link Secret}.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(@Nullable Secret apiKey) {
      return apiKey(apiKey == null ? null : apiKey.reveal());
    }

    /**
     * Chooses the environment (default {@link KlaraEnvironment#SANDBOX}). A {@link #baseUrl(URI)} takes precedence.
     *
     * @param environment the environment
     * @return this builder
     */
    public Builder environment(@Nullable KlaraEnvironment environment) {
      this.environment = environment;
      return this;
    }

    /**
     * Overrides the base URL, for example to use a proxy or a test server; takes precedence over
     * {@link #environment}. Must be {@code https}, or {@code http} on a loopback host.
     *
     * @param baseUrl the base URL, such as {@code https://sandbox.klara-ai.com/api/external}
     * @return this builder
     */
    public Builder baseUrl(@Nullable URI baseUrl) {
      this.baseUrl = baseUrl;
      this.baseUrlField = "baseUrl";
      return this;
    }

    /**
     * Reads {@code KLARA_API_KEY}, {@code KLARA_ENVIRONMENT} and {@code KLARA_BASE_URL} from the process environment,
     * as {@link KlaraClient#fromEnv()} does. Equivalent to {@code fromEnv(System.getenv())}.
     *
     * @return this builder
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    /**
     * Reads {@code KLARA_API_KEY}, {@code KLARA_ENVIRONMENT} ({@code sandbox} or {@code production}, ignoring case)
     * and {@code KLARA_BASE_URL} from a map of environment variables. Unset or blank variables leave the builder
     * unchanged; invalid values are reported by {@link #build()}, naming the variable. When neither
     * {@code KLARA_API_KEY} nor {@link #apiKey(String)} gives a key, {@link #build()} reports {@code KLARA_API_KEY}
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
      String name = env.get(ENV_ENVIRONMENT);
      if (name != null && !name.isBlank()) {
        KlaraEnvironment e = KlaraEnvironment.fromId(name).orElse(null);
        if (e == null) {
          deferred.add(ENV_ENVIRONMENT, "must be 'sandbox' or 'production'");
        } else {
          environment(e);
        }
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
    public KlaraClient build() {
      Problems problems = new Problems();
      problems.capture(() -> {
        deferred.throwIfAny();
        return null;
      });
      KlaraApiKey key = problems.capture(() -> KlaraApiKey.parse(apiKeyField, apiKey));
      URI url = baseUrl != null ? baseUrl
          : (environment != null ? environment : KlaraEnvironment.SANDBOX).baseUrl();
      CredentialsProvider credentials = key == null ? null : CredentialsProvider.fixed(Credential.bearer(key.value()));
      ClientOptions built = problems.capture(() -> buildOptions(url, baseUrlField, credentials));
      problems.throwIfAny();
      return new KlaraClient(ClientRuntime.create(built, MODULE, KlaraVendor.PROFILE), key);
    }
  }
}
