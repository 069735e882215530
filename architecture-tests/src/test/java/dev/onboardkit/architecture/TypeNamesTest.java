package dev.onboardkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A class that uses both clients and the testkit never needs a fully-qualified name. */
class TypeNamesTest {
  private static final DescribedPredicate<JavaClass> PUBLIC_TOP_LEVEL_API_TYPES = DescribedPredicate.describe(
      "are public top-level types of an exported package",
      c -> c.isTopLevelClass() && PublishedClasses.isApiType(c));

  @Test
  void noTwoApiTypesShareASimpleName() {
    Map<String, Set<String>> shared = PublishedClasses.ALL.stream()
        .filter(PUBLIC_TOP_LEVEL_API_TYPES)
        .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
            Collectors.mapping(JavaClass::getName, Collectors.toCollection(TreeSet::new))));
    shared.values().removeIf(names -> names.size() == 1);
    assertEquals(Map.of(), shared);
  }

  @Test
  void clientApiTypesStartWithTheirVendorName() {
    classes().that().resideInAPackage("dev.onboardkit.klara..").and(PUBLIC_TOP_LEVEL_API_TYPES)
        .should().haveSimpleNameStartingWith("Klara")
        .check(PublishedClasses.ALL);
    classes().that().resideInAPackage("dev.onboardkit.didit..").and(PUBLIC_TOP_LEVEL_API_TYPES)
        .should().haveSimpleNameStartingWith("Didit")
        .check(PublishedClasses.ALL);
  }

  @Test
  void testkitVendorTypesCarryTheirVendorName() {
    classes().that().resideInAPackage("dev.onboardkit.testkit.klara..").and(PUBLIC_TOP_LEVEL_API_TYPES)
        .should().haveSimpleNameContaining("Klara")
        .check(PublishedClasses.ALL);
    classes().that().resideInAPackage("dev.onboardkit.testkit.didit..").and(PUBLIC_TOP_LEVEL_API_TYPES)
        .should().haveSimpleNameContaining("Didit")
        .check(PublishedClasses.ALL);
  }
}
