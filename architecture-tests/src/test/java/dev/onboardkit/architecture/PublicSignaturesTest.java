package dev.onboardkit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No public or protected member of an exported package takes or returns an internal type, or an OkHttp, Okio, Kotlin
 * or Jackson type: not in a parameter, return, field or thrown type, a type argument or bound, nor in a public type's
 * supertypes. Members a public class inherits from a non-public superclass count as its own.
 */
class PublicSignaturesTest {
  /** Deliberate: a caller may hand the SDK its own OkHttpClient (connection pool, proxy, TLS settings). */
  private static final Set<String> DELIBERATE = Set.of(
      "dev.onboardkit.core.ClientBuilder.okHttpClient(okhttp3.OkHttpClient)",
      "dev.onboardkit.core.ClientOptions.okHttpClient()",
      "dev.onboardkit.core.ClientOptions$Builder.okHttpClient(okhttp3.OkHttpClient)");



  @Test
  void noApiSignatureMentionsAnInternalOkHttpOrJacksonType() {
    Map<String, Set<String>> violations = violations();
    violations.keySet().removeAll(DELIBERATE);
    assertEquals(Map.of(), violations, "API members mentioning forbidden types:\n" + lines(violations));
  }

  @Test
  void theExceptionListsNameOnlyRealViolations() {
    Set<String> stale = new TreeSet<>(DELIBERATE);
    stale.removeAll(violations().keySet());
    assertEquals(Set.of(), stale, "no longer violations: delete them from DELIBERATE");
  }

  private static Map<String, Set<String>> violations() {
    Map<String, Set<String>> found = new TreeMap<>();
    for (JavaClass c : PublishedClasses.ALL) {
      if (!PublishedClasses.isApiType(c)) {
        continue;
      }
      List<JavaType> supertypes = new ArrayList<>(c.getInterfaces());
      c.getSuperclass().ifPresent(supertypes::add);
      supertypes.addAll(c.getTypeParameters());
      note(found, "class " + c.getName(), supertypes);
      for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getRawSuperclass()) {
        if (k.get() != c && k.get().getModifiers().contains(JavaModifier.PUBLIC)) {
          break;
        }
        for (JavaMember member : k.get().getMembers()) {
          if (isVisible(member)) {
            note(found, member.getFullName(), signatureTypes(member));
          }
        }
      }
    }
    return found;
  }

  private static boolean isVisible(JavaMember m) {
    Set<JavaModifier> mods = m.getModifiers();
    return (mods.contains(JavaModifier.PUBLIC) || mods.contains(JavaModifier.PROTECTED))
        && !mods.contains(JavaModifier.SYNTHETIC) && !mods.contains(JavaModifier.BRIDGE);
  }

  private static List<JavaType> signatureTypes(JavaMember member) {
    List<JavaType> types = new ArrayList<>();
    if (member instanceof JavaField) {
      types.add(((JavaField) member).getType());
    } else if (member instanceof JavaCodeUnit) {
      JavaCodeUnit unit = (JavaCodeUnit) member;
      types.addAll(unit.getParameterTypes());
      types.addAll(unit.getTypeParameters());
      types.addAll(unit.getThrowsClause().getTypes());
      if (unit instanceof JavaMethod) {
        types.add(unit.getReturnType());
      }
    }
    return types;
  }

  private static void note(Map<String, Set<String>> found, String where, List<? extends JavaType> types) {
    Set<String> forbidden = types.stream()
        .flatMap(t -> t.getAllInvolvedRawTypes().stream())
        .map(t -> t.isArray() ? t.getBaseComponentType() : t)
        .filter(PublicSignaturesTest::isForbidden)
        .map(JavaClass::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    if (!forbidden.isEmpty()) {
      found.computeIfAbsent(where, w -> new TreeSet<>()).addAll(forbidden);
    }
  }

  private static boolean isForbidden(JavaClass type) {
    String p = type.getPackageName() + ".";
    return (p.startsWith("dev.onboardkit.") && p.contains(".internal."))
        || p.startsWith("okhttp3.") || p.startsWith("okio.") || p.startsWith("kotlin.")
        || p.startsWith("mockwebserver3.") || p.startsWith("com.fasterxml.jackson.");
  }

  private static String lines(Map<String, Set<String>> violations) {
    return violations.entrySet().stream()
        .map(e -> "  " + e.getKey() + " mentions " + e.getValue())
        .collect(Collectors.joining("\n"));
  }
}
