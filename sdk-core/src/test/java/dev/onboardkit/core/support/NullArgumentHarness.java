package dev.onboardkit.core.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.InvalidRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Calls every public method and constructor of one client module (outside {@code internal}) with null in each
 * reference parameter, one at a time, the other arguments valid. A call passes when it returns normally or throws
 * {@link InvalidRequestException} (or an exception its javadoc documents for a null), and no
 * {@link NullPointerException} appears anywhere in the cause chain. A builder setter given null is followed by
 * {@code build()}, which is checked the same way. Each client module's {@code NullArgumentsTest} supplies the
 * receivers and sample arguments.
 */
public final class NullArgumentHarness implements AutoCloseable {
  private static final String SDK_PACKAGE = "dev.onboardkit.";

  private final Class<?> anchor;
  private final int minimumTypes;
  private final boolean includeInterfaces;
  private final List<AutoCloseable> built = new ArrayList<>();

  /**
   * @param anchor a class of the module under test, whose code source is scanned
   * @param minimumTypes fewer public types than this means the scan went wrong
   * @param includeInterfaces whether public interfaces are checked too
   */
  public NullArgumentHarness(Class<?> anchor, int minimumTypes, boolean includeInterfaces) {
    this.anchor = anchor;
    this.minimumTypes = minimumTypes;
    this.includeInterfaces = includeInterfaces;
  }

  /**
   * Makes every call and returns one line per failure.
   *
   * @param receivers a fresh receiver for each public type with instance methods that take arguments
   * @param sample a valid argument by parameter type
   * @param documented the exception, other than InvalidRequestException, documented for a null argument
   * @param keepOpen a result that must not be closed (the shared client)
   * @param covered receives every executable called
   * @return the failures, empty when all passed
   * @throws Exception if the module's classes cannot be listed
   */
  public List<String> callEachWithNull(
      Map<Class<?>, Supplier<Object>> receivers,
      Function<Class<?>, Object> sample,
      Function<Executable, Optional<Class<? extends Throwable>>> documented,
      Object keepOpen,
      Set<String> covered) throws Exception {
    List<String> failures = new ArrayList<>();
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
            args[j] = j == i ? null : params[j].isPrimitive() ? primitiveDefault(params[j]) : sample.apply(params[j]);
          }
          String call = describe(type, e) + " with null " + (i + 1) + " of " + params.length;
          covered.add(describe(type, e));
          Throwable error = invoke(e, receiver, args, keepOpen);
          check(call, documented.apply(e), error, failures);
          if (error == null && receiver != null && isBuilder(type)) {
            Throwable buildError = invoke(type.getMethod("build"), receiver, new Object[0], keepOpen);
            check(call + ", then build()", documented.apply(e), buildError, failures);
          }
        }
      }
    }
    return failures;
  }

  /**
   * Lists the builder methods that take an {@link Optional}, which request builders must not have.
   *
   * @return the offending methods
   * @throws Exception if the module's classes cannot be listed
   */
  public List<String> optionalBuilderSetters() throws Exception {
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
    return optionalSetters;
  }

  /** Closes every closeable the calls returned. */
  @Override
  public void close() throws Exception {
    for (AutoCloseable c : built) {
      c.close();
    }
  }

  private static void check(
      String call, Optional<Class<? extends Throwable>> documented, Throwable error, List<String> failures) {
    for (Throwable c = error; c != null; c = c.getCause()) {
      if (c instanceof NullPointerException) {
        failures.add(call + ": " + render(error));
        return;
      }
    }
    if (error == null || error instanceof InvalidRequestException) {
      return;
    }
    if (documented.map(type -> type.isInstance(error)).orElse(false)) {
      return;
    }
    failures.add(call + ": " + render(error));
  }

  private static String render(Throwable error) {
    return error.getClass().getName() + ": " + error.getMessage();
  }

  /** Returns what the call threw (unwrapped), or null. */
  private Throwable invoke(Executable e, Object receiver, Object[] args, Object keepOpen) {
    Object result;
    try {
      e.setAccessible(true);
      result = e instanceof Method ? ((Method) e).invoke(receiver, args) : ((Constructor<?>) e).newInstance(args);
    } catch (InvocationTargetException ex) {
      return ex.getCause();
    } catch (ReflectiveOperationException ex) {
      return new AssertionError("cannot call " + e, ex);
    }
    if (result instanceof CompletableFuture) {
      try {
        result = ((CompletableFuture<?>) result).get(10, TimeUnit.SECONDS);
      } catch (ExecutionException ex) {
        return ex.getCause();
      } catch (Exception ex) {
        return ex;
      }
    }
    if (result instanceof AutoCloseable && result != keepOpen) {
      built.add((AutoCloseable) result);
    }
    return null;
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

  /**
   * Public methods declared by the SDK (in this module, including those of generated builders, or inherited from
   * sdk-core, such as the shared client-builder options) and public constructors.
   */
  private List<Executable> publicExecutables(Class<?> type) {
    Map<String, Executable> unique = new LinkedHashMap<>();
    for (Method m : type.getMethods()) {
      if (m.isBridge() || m.isSynthetic() || !m.getDeclaringClass().getName().startsWith(SDK_PACKAGE)) {
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
  private List<Class<?>> publicTypes() throws Exception {
    Path root = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<Class<?>> types = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
        String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.contains(".internal.") || name.endsWith("package-info") || name.equals("module-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, anchor.getClassLoader());
        if (isPublicApi(c)) {
          types.add(c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(types.size() > minimumTypes, "found only " + types.size() + " public types under " + root);
    return new ArrayList<>(types);
  }

  private boolean isPublicApi(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isSynthetic()
          || (!includeInterfaces && k.isInterface())) {
        return false;
      }
    }
    return true;
  }
}
