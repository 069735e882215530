package dev.onboardkit.core.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders the public API of one compiled module as stable, sorted text: its name, {@code requires transitive} and
 * unqualified exports, then every public or protected type of an exported package with its public and protected
 * members (generic signatures, modifiers, supertypes, enum constants). Members a public class inherits from a
 * non-public superclass (such as the Immutables-generated builder under a public {@code Builder}) are listed as its
 * own, since callers reach them through it, and the non-public superclass itself is left out. Package-private and synthetic members, qualified exports and the
 * {@code internal} packages are left out. The model is OkHttp's {@code api/*.api} files.
 */
public final class ApiDumper {
  private static final int TYPE_MODIFIERS = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT | Modifier.STATIC
      | Modifier.FINAL;
  private static final int MEMBER_MODIFIERS = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT
      | Modifier.STATIC | Modifier.FINAL;

  private ApiDumper() {}

  /**
   * Dumps the module compiled into {@code classesRoot} (which holds its {@code module-info.class}).
   *
   * @param classesRoot the module's classes directory or exploded root
   * @param loader loads the module's classes
   * @return the dump, ending with a newline
   */
  public static String dump(Path classesRoot, ClassLoader loader) {
    ModuleDescriptor descriptor = descriptor(classesRoot);
    Set<String> exported = descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    StringBuilder out = new StringBuilder("module ").append(descriptor.name()).append('\n');
    descriptor.requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(r -> "  requires transitive " + r.name() + '\n')
        .sorted()
        .forEach(out::append);
    return appendTypes(out, classesRoot, loader, exported);
  }

  /**
   * Dumps a module without a descriptor (an automatic module, named by its {@code Automatic-Module-Name}): every
   * package outside {@code internal} counts as exported.
   *
   * @param classesRoot the module's classes directory
   * @param loader loads the module's classes
   * @param moduleName its {@code Automatic-Module-Name}
   * @return the dump, ending with a newline
   */
  public static String dumpAutomatic(Path classesRoot, ClassLoader loader, String moduleName) {
    Set<String> exported = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classesRoot)) {
      files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
        String pkg = classesRoot.relativize(f.getParent()).toString().replace('\\', '/').replace('/', '.');
        if (!pkg.isEmpty() && !(pkg + ".").contains(".internal.")) {
          exported.add(pkg);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder out = new StringBuilder("automatic module ").append(moduleName).append('\n');
    return appendTypes(out, classesRoot, loader, exported);
  }

  private static String appendTypes(StringBuilder out, Path classesRoot, ClassLoader loader, Set<String> exported) {
    exported.forEach(p -> out.append("  exports ").append(p).append('\n'));
    for (Class<?> type : apiTypes(classesRoot, loader, exported)) {
      out.append('\n').append(renderType(type));
    }
    return out.toString();
  }

  /**
   * Renders one type: its declaration, then one line per public or protected member, sorted.
   *
   * @param type the type
   * @return the rendering, ending with a newline
   */
  public static String renderType(Class<?> type) {
    StringBuilder out = new StringBuilder(declaration(type)).append('\n');
    Set<String> members = new TreeSet<>();
    for (Class<?> c = type; c != null && (c == type || !Modifier.isPublic(c.getModifiers())); c = c.getSuperclass()) {
      if (c == Object.class) {
        break;
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f)) {
          members.add(f.isEnumConstant() ? "enum constant " + f.getName() : field(f));
        }
      }
      for (Constructor<?> k : c == type ? c.getDeclaredConstructors() : new Constructor<?>[0]) {
        if (visible(k)) {
          members.add(executable(k, type.getSimpleName(), null));
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m) && !m.isBridge()) {
          members.add(executable(m, m.getName(), m));
        }
      }
    }
    members.forEach(m -> out.append("  ").append(m).append('\n'));
    return out.toString();
  }

  private static ModuleDescriptor descriptor(Path classesRoot) {
    try (InputStream in = Files.newInputStream(classesRoot.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("no module-info.class under " + classesRoot, e);
    }
  }

  private static List<Class<?>> apiTypes(Path root, ClassLoader loader, Set<String> exported) {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
        String name = root.relativize(file).toString().replace('\\', '/').replace('/', '.');
        name = name.substring(0, name.length() - ".class".length());
        int lastDot = name.lastIndexOf('.');
        if (lastDot < 0 || !exported.contains(name.substring(0, lastDot)) || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, loader);
        if (isApi(type)) {
          types.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    types.sort((a, b) -> a.getName().compareTo(b.getName()));
    return types;
  }

  /** Public or protected, and so is every enclosing type; not anonymous, local or synthetic. */
  private static boolean isApi(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      boolean reachable = Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers());
      if (!reachable || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(Member member) {
    int m = member.getModifiers();
    return (Modifier.isPublic(m) || Modifier.isProtected(m)) && !member.isSynthetic();
  }

  private static String declaration(Class<?> type) {
    int mods = type.getModifiers() & TYPE_MODIFIERS;
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
      mods &= ~(Modifier.ABSTRACT | Modifier.STATIC);
    } else if (type.isInterface()) {
      kind = "interface";
      mods &= ~(Modifier.ABSTRACT | Modifier.STATIC);
    } else if (type.isEnum()) {
      kind = "enum";
      mods &= ~(Modifier.ABSTRACT | Modifier.FINAL | Modifier.STATIC);
    } else {
      kind = "class";
    }
    StringBuilder out = new StringBuilder(modifiers(mods)).append(kind).append(' ').append(name(type))
        .append(typeParameters(type.getTypeParameters()));
    Type superclass = type.getGenericSuperclass();
    while (superclass != null && !Modifier.isPublic(raw(superclass).getModifiers())) {
      superclass = raw(superclass).getGenericSuperclass(); // not API; renderType lists its members as the type's own
    }
    if (superclass != null && superclass != Object.class && !type.isEnum()) {
      out.append(" extends ").append(render(superclass));
    }
    List<String> interfaces = Arrays.stream(type.getGenericInterfaces())
        .map(ApiDumper::render)
        .filter(i -> !type.isAnnotation() || !i.equals("java.lang.annotation.Annotation"))
        .sorted()
        .collect(Collectors.toList());
    if (!interfaces.isEmpty()) {
      out.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    return out.toString();
  }

  private static String field(Field f) {
    return modifiers(f.getModifiers() & MEMBER_MODIFIERS) + render(f.getGenericType()) + ' ' + f.getName();
  }

  private static String executable(Executable e, String name, Method method) {
    int mods = e.getModifiers() & MEMBER_MODIFIERS;
    boolean inInterface = e.getDeclaringClass().isInterface();
    if (inInterface) {
      mods &= ~Modifier.ABSTRACT;
    }
    StringBuilder out = new StringBuilder(modifiers(mods));
    if (method != null && method.isDefault()) {
      out.append("default ");
    }
    String typeParameters = typeParameters(e.getTypeParameters());
    if (!typeParameters.isEmpty()) {
      out.append(typeParameters).append(' ');
    }
    if (method != null) {
      out.append(render(method.getGenericReturnType())).append(' ');
    }
    Type[] parameters = e.getGenericParameterTypes();
    List<String> rendered = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      String p = render(parameters[i]);
      rendered.add(e.isVarArgs() && i == parameters.length - 1 ? p.substring(0, p.length() - 2) + "..." : p);
    }
    out.append(name).append('(').append(String.join(", ", rendered)).append(')');
    Type[] exceptions = e.getGenericExceptionTypes();
    if (exceptions.length > 0) {
      out.append(" throws ").append(Arrays.stream(exceptions).map(ApiDumper::render).sorted()
          .collect(Collectors.joining(", ")));
    }
    return out.toString();
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    List<String> out = new ArrayList<>();
    for (TypeVariable<?> v : variables) {
      List<String> bounds = Arrays.stream(v.getBounds())
          .filter(b -> b != Object.class)
          .map(ApiDumper::render)
          .collect(Collectors.toList());
      out.add(bounds.isEmpty() ? v.getName() : v.getName() + " extends " + String.join(" & ", bounds));
    }
    return "<" + String.join(", ", out) + ">";
  }

  /** A type as Java source would spell it fully qualified: nested types with dots, arrays with [], generics. */
  static String render(Type type) {
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      return c.isArray() ? render(c.getComponentType()) + "[]" : name(c);
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      return render(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(ApiDumper::render)
          .collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof GenericArrayType) {
      return render(((GenericArrayType) type).getGenericComponentType()) + "[]";
    }
    if (type instanceof WildcardType) {
      WildcardType w = (WildcardType) type;
      if (w.getLowerBounds().length > 0) {
        return "? super " + render(w.getLowerBounds()[0]);
      }
      Type upper = w.getUpperBounds()[0];
      return upper == Object.class ? "?" : "? extends " + render(upper);
    }
    return type.getTypeName(); // a type variable
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
  }

  private static String name(Class<?> c) {
    return c.getEnclosingClass() == null ? c.getName() : name(c.getEnclosingClass()) + '.' + c.getSimpleName();
  }

  private static String modifiers(int mods) {
    String text = Modifier.toString(mods);
    return text.isEmpty() ? "" : text + ' ';
  }
}
