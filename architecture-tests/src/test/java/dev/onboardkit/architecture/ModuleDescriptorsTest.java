package dev.onboardkit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What each published module's descriptor must say. A package added later fails here until its line is added to the
 * module-info (an API package exported, a Jackson-bound package opened to Jackson), rather than only when an
 * application first runs on the module path.
 */
class ModuleDescriptorsTest {
  private static final String JACKSON = "com.fasterxml.jackson.databind";

  @Test
  void apiPackagesAreExportedToEveryoneAndInternalOnesOnlyToOurModules() {
    List<String> problems = new ArrayList<>();
    for (PublishedModule module : PublishedModule.ALL) {
      for (String pkg : new TreeSet<>(module.descriptor().packages())) {
        boolean internal = (pkg + ".").contains(".internal.");
        if (!internal && !module.publicPackages().contains(pkg)) {
          problems.add(module.name() + " does not export API package " + pkg);
        }
        if (internal && module.publicPackages().contains(pkg)) {
          problems.add(module.name() + " exports internal package " + pkg + " to everyone");
        }
      }
      for (ModuleDescriptor.Exports e : module.descriptor().exports()) {
        if (!PublishedModule.NAMES.containsAll(e.targets())) {
          problems.add(module.name() + " exports " + e.source() + " to modules other than ours: " + e.targets());
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void exactlyThePackagesJacksonBindsAreOpenedAndOnlyToJackson() {
    Map<String, Set<String>> expected = new TreeMap<>();
    for (JavaClass c : PublishedClasses.ALL) {
      if (c.isAnnotatedWith(JACKSON + ".annotation.JsonDeserialize")
          || c.isAnnotatedWith(JACKSON + ".annotation.JsonSerialize")) {
        expected.put(c.getPackageName(), Set.of(JACKSON));
      }
    }
    Map<String, Set<String>> opened = new TreeMap<>();
    for (PublishedModule module : PublishedModule.ALL) {
      assertFalse(module.descriptor().isOpen(), module.name() + " is an open module");
      module.descriptor().opens().forEach(o -> opened.put(o.source(), o.targets()));
    }
    assertEquals(expected, opened, "package -> modules it is opened to");
  }

  @Test
  void immutablesIsACompileTimeDependencyOnly() {
    Set<String> notStatic = PublishedModule.ALL.stream()
        .flatMap(m -> m.descriptor().requires().stream()
            .filter(r -> r.name().startsWith("org.immutables"))
            .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .map(r -> m.name() + " requires " + r.name()))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), notStatic);
  }
}
