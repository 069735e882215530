package dev.onboardkit.core.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.json.MaskedInJson;
import dev.onboardkit.core.json.ApiObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds a client module's public response types by scanning its compiled classes, and tells which of them hold a
 * secret directly, so that tests cover every such type instead of a hand-kept list.
 */
public final class ResponseTypes {
  private ResponseTypes() {}

  /**
   * Returns every public, non-generated type outside {@code internal} packages that implements {@link ApiObject}, in
   * the module whose classes hold {@code anchor}.
   *
   * @param anchor any class of the module
   * @param packagePrefix the module's root package, such as {@code dev.onboardkit.klara}
   * @return the response types, sorted by name
   */
  public static List<Class<?>> of(Class<?> anchor, String packagePrefix) {
    return publicTypes(anchor, packagePrefix).stream()
        .filter(type -> !type.isInterface() && ApiObject.class.isAssignableFrom(type))
        .collect(Collectors.toList());
  }

  private static List<Class<?>> publicTypes(Class<?> anchor, String packagePrefix) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.contains("Immutable"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .filter(name -> name.startsWith(packagePrefix + ".") && !name.contains(".internal."))
          .map(ResponseTypes::load)
          .filter(type -> Modifier.isPublic(type.getModifiers()))
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns every public type outside {@code internal} packages that Jackson decodes through a builder
   * ({@code @JsonDeserialize(builder = ...)}): the module's response models, whether or not they implement
   * {@link ApiObject}.
   *
   * @param anchor any class of the module
   * @param packagePrefix the module's root package
   * @return the decoded types, sorted by name
   */
  public static List<Class<?>> decoded(Class<?> anchor, String packagePrefix) {
    return publicTypes(anchor, packagePrefix).stream()
        .filter(type -> type.isAnnotationPresent(com.fasterxml.jackson.databind.annotation.JsonDeserialize.class))
        .collect(Collectors.toList());
  }

  /**
   * Returns whether a response type declares an attribute that is a {@link Secret} (plain or optional) or that is
   * marked {@link MaskedInJson}.
   *
   * @param type the response type
   * @return true if it holds a secret itself (not only through a nested type)
   */
  public static boolean holdsSecret(Class<?> type) {
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class) {
        continue;
      }
      if (m.isAnnotationPresent(MaskedInJson.class) || isSecret(m.getGenericReturnType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSecret(Type t) {
    if (t == Secret.class) {
      return true;
    }
    return t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() == java.util.Optional.class
        && ((ParameterizedType) t).getActualTypeArguments()[0] == Secret.class;
  }

  /**
   * Returns the mappers an application might serialise a response with: a plain {@code new ObjectMapper()} and a
   * Spring-style one that registers every module on the class path ({@code findAndRegisterModules()}).
   *
   * @return the foreign mappers, plain first
   */
  public static List<ObjectMapper> foreignMappers() {
    return List.of(new ObjectMapper(), new ObjectMapper().findAndRegisterModules());
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ResponseTypes.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
