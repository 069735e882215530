package dev.onboardkit.didit.support;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.InvalidRequestException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;

/**
 * Finds a client's HTTP operations from the operations themselves: walks the client's public service accessors
 * (every public method returning a {@code Didit*Service} interface, recursively), calls every operation of every
 * service with placeholder arguments against a recording server, and reads the method and path the server saw. No
 * list of operations is kept anywhere: a new service method is found, called and reported on its own.
 *
 * <p>Placeholder strings are unique markers that are also valid emails and passwords; a path segment equal to a
 * marker becomes {@code {}}. Where validation refuses a marker (a six-character code), the call is tried again with a
 * code-shaped value in that position, so every operation reaches the wire. Other arguments come from
 * {@code samples} by type, enums are their first known constant, and lists hold one sample element. An operation that
 * sends nothing is reported as a problem, never skipped.
 */
public final class SdkOperations {
  /** One HTTP operation of the SDK. */
  public static final class Operation {
    /** {@code verification} or {@code auth}: the API whose base URL the path is relative to. */
    public final String api;
    /** The HTTP method. */
    public final String method;
    /** The path relative to the base URL, each path parameter as {@code {}}. */
    public final String path;
    /** The Java call, such as {@code client.users().create(request)}. */
    public final String call;

    Operation(String api, String method, String path, String call) {
      this.api = api;
      this.method = method;
      this.path = path;
      this.call = call;
    }

    /** The key the catalog matches on: api, method and path template. */
    public String key() {
      return key(api, method, path);
    }

    /** The key of an operation. */
    public static String key(String api, String method, String path) {
      return api + " " + method + " " + path;
    }

    @Override
    public String toString() {
      return key() + " <- " + call;
    }
  }

  /** What the recording server saw, in order. */
  public interface Recorder {
    /** Forgets what was recorded. */
    void clear();

    /** Returns the requests recorded since the last {@link #clear()}. */
    List<RecordedRequest> requests();
  }

  private static final String CODE = "123456";

  private final Recorder recorder;
  private final Function<Class<?>, Object> samples;
  private final List<Operation> operations = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private int markerCount;

  /**
   * Creates a finder.
   *
   * @param recorder the requests the server received
   * @param samples a valid argument of each type other than strings, enums, lists and secrets; throws for a type it
   *     does not know
   */
  public SdkOperations(Recorder recorder, Function<Class<?>, Object> samples) {
    this.recorder = recorder;
    this.samples = samples;
  }

  /**
   * Finds every operation reachable from a client.
   *
   * @param client the client, pointed at the recording server
   * @param name the client's variable name in the calls, such as {@code client}
   * @param api the API name of its operations
   * @param basePath the base URL's path, removed from what the server saw
   * @return this
   */
  public SdkOperations walk(Object client, String name, String api, String basePath) {
    for (Method accessor : sorted(client.getClass().getMethods())) {
      if (isServiceAccessor(accessor)) {
        descend(client, accessor, name, api, basePath, Set.of());
      }
    }
    return this;
  }

  /** The operations found, in walk order. */
  public List<Operation> operations() {
    return operations;
  }

  /** The operations that could not be called, with why. */
  public List<String> problems() {
    return problems;
  }

  private void descend(Object receiver, Method accessor, String prefix, String api, String basePath,
      Set<String> inheritedMarkers) {
    Set<String> markers = new HashSet<>(inheritedMarkers);
    Object[] args = arguments(accessor, markers, 0);
    String call = prefix + "." + accessor.getName() + "(" + names(accessor) + ")";
    Object service;
    try {
      service = accessor.invoke(receiver, args);
    } catch (ReflectiveOperationException e) {
      problems.add(call + ": the accessor failed: " + e);
      return;
    }
    for (Method m : sorted(accessor.getReturnType().getMethods())) {
      if (m.getName().equals("withRawResponse") || takesOptions(m)) {
        continue;
      }
      if (isServiceAccessor(m)) {
        descend(service, m, call, api, basePath, markers);
      } else {
        operation(service, m, call, api, basePath, markers);
      }
    }
  }

  private void operation(Object service, Method m, String prefix, String api, String basePath,
      Set<String> inheritedMarkers) {
    String call = prefix + "." + m.getName() + "(" + names(m) + ")";
    int strings = (int) Arrays.stream(m.getParameterTypes()).filter(t -> t == String.class).count();
    Throwable last = null;
    for (int codes = 0; codes < (1 << strings); codes++) {
      Set<String> markers = new HashSet<>(inheritedMarkers);
      Object[] args;
      try {
        args = arguments(m, markers, codes);
      } catch (RuntimeException | AssertionError e) {
        problems.add(call + ": " + e.getMessage());
        return;
      }
      recorder.clear();
      try {
        m.invoke(service, args);
      } catch (InvocationTargetException e) {
        last = e.getCause();
      } catch (ReflectiveOperationException e) {
        last = e;
      }
      List<RecordedRequest> seen = recorder.requests();
      if (!seen.isEmpty()) {
        RecordedRequest r = seen.get(0);
        operations.add(new Operation(api, r.getMethod(), template(r.getTarget(), basePath, markers), call));
        return;
      }
      if (!(last instanceof InvalidRequestException)) {
        break;
      }
    }
    problems.add(call + ": sent nothing" + (last == null ? "" : ": " + last));
  }

  /** Arguments for a method; bit i of {@code codes} set makes the i-th string a six-character code. */
  private Object[] arguments(Method m, Set<String> markers, int codes) {
    Parameter[] params = m.getParameters();
    Object[] args = new Object[params.length];
    int stringIndex = 0;
    for (int i = 0; i < params.length; i++) {
      Class<?> type = params[i].getType();
      if (type == String.class) {
        if ((codes & (1 << stringIndex++)) != 0) {
          args[i] = CODE;
        } else {
          String marker = "Pw1-x" + (++markerCount) + "@acme.io";
          markers.add(marker);
          args[i] = marker;
        }
      } else {
        args[i] = sample(type, params[i].getParameterizedType());
      }
    }
    return args;
  }

  private Object sample(Class<?> type, Type generic) {
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    if (type == long.class || type == Long.class) {
      return 1L;
    }
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == Secret.class) {
      return Secret.of("tmp-12345");
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == List.class && generic instanceof ParameterizedType) {
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      if (element == String.class) {
        return List.of("id-1");
      }
      if (element instanceof Class) {
        return List.of(sample((Class<?>) element, element));
      }
    }
    return samples.apply(type);
  }

  /** The path relative to the base path, without the query, each segment that is a marker replaced by {@code {}}. */
  static String template(String target, String basePath, Set<String> markers) {
    String path = target.split("\\?", 2)[0];
    if (!path.startsWith(basePath)) {
      throw new AssertionError(target + " is not under " + basePath);
    }
    String[] segments = path.substring(basePath.length()).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String decoded = URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
      if (markers.contains(decoded)) {
        segments[i] = "{}";
      }
    }
    return String.join("/", segments);
  }

  private static boolean isServiceAccessor(Method m) {
    Class<?> type = m.getReturnType();
    return type.isInterface() && type.getSimpleName().endsWith("Service")
        && type.getPackageName().startsWith("dev.onboardkit.didit") && !takesOptions(m);
  }

  private static boolean takesOptions(Method m) {
    Class<?>[] types = m.getParameterTypes();
    return types.length > 0 && types[types.length - 1] == RequestOptions.class;
  }

  private static String names(Method m) {
    return Arrays.stream(m.getParameters())
        .map(p -> p.isNamePresent() ? p.getName() : p.getType().getSimpleName())
        .collect(Collectors.joining(", "));
  }

  private static List<Method> sorted(Method[] methods) {
    return Arrays.stream(methods)
        .filter(m -> !java.lang.reflect.Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class)
        .sorted(Comparator.comparing(Method::getName).thenComparingInt(Method::getParameterCount)
            .thenComparing(m -> Arrays.toString(m.getParameterTypes())))
        .collect(Collectors.toList());
  }
}
