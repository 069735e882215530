package dev.onboardkit.didit;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ClientOptions;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.retry.Sleeper;
import dev.onboardkit.didit.account.AccountFixtures;
import dev.onboardkit.didit.account.LoginResult;
import dev.onboardkit.didit.applications.ApplicationUpdate;
import dev.onboardkit.didit.applications.CreateApplicationRequest;
import dev.onboardkit.didit.auth.ManagedSession;
import dev.onboardkit.didit.support.TestClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls every public method and constructor of the Didit client (outside {@code internal}) with null in each
 * reference parameter, one at a time, the other arguments valid. Every call must return normally (null is documented
 * as accepted) or throw {@link InvalidRequestException}, and nothing may ever fail with a
 * {@link NullPointerException}. A builder setter given null is followed by {@code build()}, which must report the
 * null instead of throwing.
 */
class NullArgumentsTest {
  static final String EMAIL = "ops@acme.io";
  static final String TOKENS = "{\"access_token\":\"acc-12345\",\"expires_in\":3600}";
  static final String APP = "{\"uuid\":\"a1\",\"name\":\"n\",\"client_id\":\"c\",\"api_key\":\"k-12345\"}";

  private final MockWebServer server = new MockWebServer();
  private final TestClients t = new TestClients();
  private final List<AutoCloseable> built = new ArrayList<>();
  private DiditAuthClient client;
  private ClientRuntime runtime;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        String path = r.getTarget();
        if (path.endsWith("/programmatic/login/") || path.endsWith("/2fa/verify/")) {
          return json(200, TOKENS);
        }
        if (path.endsWith("/programmatic/register/")) {
          return json(201, "{\"message\":\"ok\",\"email\":\"ops@acme.io\"}");
        }
        if (path.endsWith("/programmatic/verify-email/")) {
          return json(200, "{\"access_token\":\"acc-12345\",\"organization\":{\"uuid\":\"o1\",\"name\":\"n\"},"
              + "\"application\":{\"uuid\":\"a1\",\"name\":\"n\",\"client_id\":\"c\",\"api_key\":\"k-12345\"}}");
        }
        if (path.endsWith("/programmatic/resend-otp/")) {
          return json(200, "{\"message\":\"sent\"}");
        }
        if (path.endsWith("/organizations/me/") || (r.getMethod().equals("GET") && path.endsWith("/applications/"))) {
          return json(200, "[]");
        }
        return json(r.getMethod().equals("POST") ? 201 : 200, APP);
      }
    });
    server.start();
    client = t.builder(server).accessToken("tok-12345").build();
    runtime = ClientRuntime.create(ClientOptions.builder().baseUrl(t.baseUrl(server)).build(), "didit-client",
        DiditErrorClassifier.INSTANCE);
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : built) {
      c.close();
    }
    client.close();
    runtime.close();
    server.close();
  }

  /** A fresh receiver for each public type with instance methods that take arguments. */
  private Map<Class<?>, Supplier<Object>> receivers() {
    Map<Class<?>, Supplier<Object>> r = new HashMap<>();
    r.put(DiditAuthClient.class, () -> client);
    r.put(DiditAuthClient.Builder.class, () -> t.builder(server));
    r.put(DiditAuthClientAsync.class, () -> client.async());
    r.put(DiditErrorClassifier.class, () -> DiditErrorClassifier.INSTANCE);
    r.put(dev.onboardkit.didit.account.AccountService.class, () -> client.account());
    r.put(dev.onboardkit.didit.account.AccountService.WithRawResponse.class,
        () -> client.account().withRawResponse());
    r.put(dev.onboardkit.didit.account.AccountServiceAsync.class, () -> client.async().account());
    r.put(dev.onboardkit.didit.account.AccountServiceAsync.WithRawResponse.class,
        () -> client.async().account().withRawResponse());
    r.put(dev.onboardkit.didit.organizations.OrganizationService.class, () -> client.organizations());
    r.put(dev.onboardkit.didit.organizations.OrganizationService.WithRawResponse.class,
        () -> client.organizations().withRawResponse());
    r.put(dev.onboardkit.didit.organizations.OrganizationServiceAsync.class, () -> client.async().organizations());
    r.put(dev.onboardkit.didit.organizations.OrganizationServiceAsync.WithRawResponse.class,
        () -> client.async().organizations().withRawResponse());
    r.put(dev.onboardkit.didit.applications.ApplicationService.class, () -> client.applications("org-1"));
    r.put(dev.onboardkit.didit.applications.ApplicationService.WithRawResponse.class,
        () -> client.applications("org-1").withRawResponse());
    r.put(dev.onboardkit.didit.applications.ApplicationServiceAsync.class,
        () -> client.async().applications("org-1"));
    r.put(dev.onboardkit.didit.applications.ApplicationServiceAsync.WithRawResponse.class,
        () -> client.async().applications("org-1").withRawResponse());
    r.put(CreateApplicationRequest.class, NullArgumentsTest::createRequest);
    r.put(CreateApplicationRequest.Builder.class, () -> CreateApplicationRequest.builder().from(createRequest()));
    r.put(ApplicationUpdate.class, NullArgumentsTest::update);
    r.put(ApplicationUpdate.Builder.class, () -> ApplicationUpdate.builder().name("n"));
    r.put(LoginResult.class, () -> AccountFixtures.loginResult(TOKENS));
    r.put(ManagedSession.class, () -> ManagedSession.create(EMAIL, Secret.of("pw"), Clock.systemUTC(), login()));
    return r;
  }

  /** Valid arguments, by parameter type, for the parameters that are not null in a call. */
  private Object sample(Class<?> type) {
    Map<Class<?>, Object> s = new HashMap<>();
    s.put(String.class, EMAIL); // a valid email, password, id and one-time code alike
    s.put(String[].class, new String[] {"https://acme.example/cb"});
    s.put(Object.class, "x");
    s.put(Secret.class, Secret.of("tmp-12345"));
    s.put(URI.class, t.baseUrl(server));
    s.put(Map.class, Map.of());
    s.put(Iterable.class, List.of());
    s.put(List.class, List.of());
    s.put(Consumer.class, (Consumer<Object>) o -> { });
    s.put(Supplier.class, (Supplier<String>) () -> "tok-12345");
    s.put(Function.class, Function.identity());
    s.put(RequestOptions.class, RequestOptions.none());
    s.put(Timeouts.class, Timeouts.none());
    s.put(Duration.class, Duration.ofSeconds(1));
    s.put(Clock.class, Clock.systemUTC());
    s.put(Sleeper.class, Sleeper.system());
    s.put(DoubleSupplier.class, (DoubleSupplier) () -> 0.0);
    s.put(LoggingOptions.class, LoggingOptions.defaults());
    s.put(OkHttpClient.class, new OkHttpClient());
    s.put(ClientRuntime.class, runtime);
    s.put(Credential.class, Credential.bearer(Secret.of("tok-12345")));
    s.put(ManagedSession.Login.class, login());
    s.put(CreateApplicationRequest.class, createRequest());
    s.put(ApplicationUpdate.class, update());
    if (!s.containsKey(type)) {
      throw new AssertionError("no sample argument of type " + type.getName() + "; add one");
    }
    return s.get(type);
  }

  static CreateApplicationRequest createRequest() {
    return CreateApplicationRequest.builder().name("Acme").websiteUrl("https://acme.example")
        .addRedirectUris("https://acme.example/cb").termsUrl("https://acme.example/terms")
        .privacyUrl("https://acme.example/privacy").description("d").build();
  }

  static ApplicationUpdate update() {
    return ApplicationUpdate.builder().name("n2").clearTermsUrl().build();
  }

  static ManagedSession.Login login() {
    return new ManagedSession.Login() {
      @Override
      public LoginResult login(String email, Secret password) {
        return AccountFixtures.loginResult(TOKENS);
      }

      @Override
      public CompletableFuture<LoginResult> loginAsync(String email, Secret password) {
        return CompletableFuture.completedFuture(login(email, password));
      }
    };
  }

  /** Exceptions other than InvalidRequestException that the javadoc documents for a null argument. */
  private static Optional<Class<? extends Throwable>> documented(Executable e) {
    return Optional.empty();
  }

  @Test
  void noPublicMethodThrowsANullPointerExceptionForANullArgument() throws Exception {
    Map<Class<?>, Supplier<Object>> receivers = receivers();
    List<String> failures = new ArrayList<>();
    Set<String> covered = new TreeSet<>();
    for (Class<?> type : publicTypes()) {
      for (Executable e : publicExecutables(type)) {
        Class<?>[] params = e.getParameterTypes();
        if (Arrays.stream(params).allMatch(Class::isPrimitive)) {
          continue; // nothing to pass null to
        }
        boolean isStatic = e instanceof Constructor || Modifier.isStatic(e.getModifiers());
        if (!isStatic && !receivers.containsKey(type)) {
          failures.add(describe(type, e) + ": no receiver registered for " + type.getName());
          continue;
        }
        for (int i = 0; i < params.length; i++) {
          if (params[i].isPrimitive()) {
            continue;
          }
          Object receiver = isStatic ? null : receivers.get(type).get();
          Object[] args = new Object[params.length];
          for (int j = 0; j < params.length; j++) {
            args[j] = j == i ? null : params[j].isPrimitive() ? primitiveDefault(params[j]) : sample(params[j]);
          }
          String call = describe(type, e) + " with null " + (i + 1) + " of " + params.length;
          covered.add(describe(type, e));
          Outcome o = invoke(e, receiver, args);
          check(call, e, o, failures);
          if (o.error == null && receiver != null && isBuilder(type)) {
            check(call + ", then build()", e, invoke(type.getMethod("build"), receiver, new Object[0]), failures);
          }
        }
      }
    }
    assertEquals(List.of(), failures, String.join("\n", failures));
    for (String expected : List.of(
        "DiditAuthClient.withOptions(Consumer)",
        "DiditAuthClient.applications(String)",
        "DiditAuthClient.Builder.credentials(String,String)",
        "DiditAuthClient.Builder.timeouts(Timeouts)",
        "CreateApplicationRequest.Builder.name(String)",
        "CreateApplicationRequest.Builder.addRedirectUris(String[])",
        "CreateApplicationRequest.Builder.addAllRedirectUris(Iterable)",
        "CreateApplicationRequest.Builder.from(CreateApplicationRequest)",
        "ApplicationUpdate.Builder.redirectUris(List)",
        "LoginResult.fold(Function,Function)",
        "ManagedSession.create(String,Secret,Clock,Login)",
        "ManagedSession.sharingWith(Clock,Login)",
        "AccountService(ClientRuntime)",
        "AccountService.login(String,String,RequestOptions)",
        "AccountServiceAsync.WithRawResponse.verifyTwoFactor(Secret,String,RequestOptions)",
        "ApplicationService(ClientRuntime,String)",
        "ApplicationServiceAsync.update(String,ApplicationUpdate,RequestOptions)",
        "DiditErrorClassifier.classify(int,ErrorBody)",
        "PasswordPolicy.unmetRules(String)",
        "Jwt.expiry(String)")) {
      assertTrue(covered.contains(expected), expected + " was not called; covered: " + covered);
    }
  }

  @Test
  void requestBuildersHaveNoOptionalSetters() throws Exception {
    List<String> optionalSetters = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      if (!isBuilder(type)) {
        continue;
      }
      for (Executable e : publicExecutables(type)) {
        if (Arrays.asList(e.getParameterTypes()).contains(Optional.class)) {
          optionalSetters.add(describe(type, e));
        }
      }
    }
    assertEquals(List.of(), optionalSetters);
  }

  private void check(String call, Executable e, Outcome o, List<String> failures) {
    for (Throwable c = o.error; c != null; c = c.getCause()) {
      if (c instanceof NullPointerException) {
        failures.add(call + ": " + render(o.error));
        return;
      }
    }
    if (o.error == null || o.error instanceof InvalidRequestException) {
      return;
    }
    if (documented(e).map(type -> type.isInstance(o.error)).orElse(false)) {
      return;
    }
    failures.add(call + ": " + render(o.error));
  }

  private static String render(Throwable error) {
    return error.getClass().getName() + ": " + error.getMessage();
  }

  private Outcome invoke(Executable e, Object receiver, Object[] args) {
    Object result;
    try {
      e.setAccessible(true);
      result = e instanceof Method ? ((Method) e).invoke(receiver, args) : ((Constructor<?>) e).newInstance(args);
    } catch (InvocationTargetException ex) {
      return new Outcome(ex.getCause());
    } catch (ReflectiveOperationException ex) {
      return new Outcome(new AssertionError("cannot call " + e, ex));
    }
    if (result instanceof CompletableFuture) {
      try {
        result = ((CompletableFuture<?>) result).get(10, TimeUnit.SECONDS);
      } catch (ExecutionException ex) {
        return new Outcome(ex.getCause());
      } catch (Exception ex) {
        return new Outcome(ex);
      }
    }
    if (result instanceof AutoCloseable && result != client) {
      built.add((AutoCloseable) result);
    }
    return new Outcome(null);
  }

  private static final class Outcome {
    final Throwable error;

    Outcome(Throwable error) {
      this.error = error;
    }
  }

  private static boolean isBuilder(Class<?> type) {
    try {
      return type.getSimpleName().equals("Builder") && type.getMethod("build").getParameterCount() == 0;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object primitiveDefault(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0.0;
    }
    return 0;
  }

  private static String describe(Class<?> type, Executable e) {
    String owner = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    String params = Arrays.stream(e.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","));
    return e instanceof Constructor ? owner + "(" + params + ")" : owner + "." + e.getName() + "(" + params + ")";
  }

  /** Public methods (declared in this module, including those of generated builders) and public constructors. */
  private static List<Executable> publicExecutables(Class<?> type) {
    Map<String, Executable> unique = new java.util.LinkedHashMap<>();
    for (Method m : type.getMethods()) {
      if (m.isBridge() || m.isSynthetic() || !m.getDeclaringClass().getName().startsWith("dev.onboardkit.didit.")) {
        continue;
      }
      if (type.isEnum() && m.getName().equals("valueOf")) {
        continue; // Enum.valueOf(null) throws NullPointerException by the JLS; fromWire is the SDK's lookup
      }
      unique.putIfAbsent(m.getName() + Arrays.toString(m.getParameterTypes()), m);
    }
    List<Executable> all = new ArrayList<>(unique.values());
    all.addAll(Arrays.asList(type.getConstructors()));
    all.sort((a, b) -> describe(type, a).compareTo(describe(type, b)));
    return all;
  }

  /** Every public type of the module outside {@code internal}, nested ones included, from the compiled classes. */
  static List<Class<?>> publicTypes() throws Exception {
    Path root = Paths.get(DiditAuthClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<Class<?>> types = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
        String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.contains(".internal.") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, NullArgumentsTest.class.getClassLoader());
        if (isPublicApi(c)) {
          types.add(c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(types.size() > 30, "found only " + types.size() + " public types under " + root);
    return new ArrayList<>(types);
  }

  private static boolean isPublicApi(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isSynthetic() || k.isInterface()) {
        return false;
      }
    }
    return true;
  }
}
