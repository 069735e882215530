package dev.onboardkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which module may use which: core knows no client, the clients do not know each other, the testkit is a user. */
class DependencyRulesTest {
  /**
   * sdk-core internals the testkit still uses, frozen: the list may only shrink. The testkit should depend on the
   * public API alone (it stands where an integrator's tests stand); each entry is a core rule the fakes share today
   * (header masking, the JSON configuration, the webhook HMAC). Delete an entry once the testkit stops using it, and
   * then its qualified export to dev.onboardkit.testkit in sdk-core's module-info.
   */
  private static final Set<String> TESTKIT_USES_OF_CORE_INTERNALS_FROZEN = Set.of(
      "dev.onboardkit.core.internal.json.SdkJson",
      "dev.onboardkit.core.internal.log.Redactor",
      "dev.onboardkit.core.internal.webhook.HmacSignatures");

  @Test
  void coreDependsOnNoClientAndNotOnTheTestkit() {
    noClasses().that().resideInAPackage("dev.onboardkit.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.onboardkit.klara..", "dev.onboardkit.didit..", "dev.onboardkit.testkit..")
        .check(PublishedClasses.ALL);
  }

  @Test
  void theClientsDoNotDependOnEachOtherNorOnTheTestkit() {
    noClasses().that().resideInAPackage("dev.onboardkit.klara..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.onboardkit.didit..", "dev.onboardkit.testkit..")
        .check(PublishedClasses.ALL);
    noClasses().that().resideInAPackage("dev.onboardkit.didit..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.onboardkit.klara..", "dev.onboardkit.testkit..")
        .check(PublishedClasses.ALL);
  }

  @Test
  void theTestkitUsesOnlyThePublicApiOfCoreAndTheClients() {
    DescribedPredicate<JavaClass> internalElsewhere = DescribedPredicate.describe(
        "internal types of sdk-core or a client (other than the frozen ones)",
        c -> isInternalOfCoreOrClient(c) && !TESTKIT_USES_OF_CORE_INTERNALS_FROZEN.contains(topLevelName(c)));
    noClasses().that().resideInAPackage("dev.onboardkit.testkit..")
        .should().dependOnClassesThat(internalElsewhere)
        .check(PublishedClasses.ALL);
  }

  @Test
  void theFrozenTestkitExceptionsAreAllStillUsed() {
    Set<String> used = PublishedClasses.ALL.stream()
        .filter(c -> c.getPackageName().startsWith("dev.onboardkit.testkit"))
        .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
        .map(Dependency::getTargetClass)
        .filter(DependencyRulesTest::isInternalOfCoreOrClient)
        .map(DependencyRulesTest::topLevelName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(TESTKIT_USES_OF_CORE_INTERNALS_FROZEN), used,
        "the testkit no longer uses some frozen core internals: delete them from TESTKIT_USES_OF_CORE_INTERNALS_FROZEN");
  }

  private static boolean isInternalOfCoreOrClient(JavaClass c) {
    return c.getPackageName().matches("dev\\.onboardkit\\.(core|klara|didit)\\.internal(\\..+)?");
  }

  private static String topLevelName(JavaClass c) {
    int nested = c.getName().indexOf('$');
    return nested < 0 ? c.getName() : c.getName().substring(0, nested);
  }
}
