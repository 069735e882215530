package dev.onboardkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Which module may use which: core knows no client, the clients do not know each other, the testkit and the Spring Boot
 * modules are users.
 */
class DependencyRulesTest {
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
        c -> isInternalOfCoreOrClient(c));
    noClasses().that().resideInAPackage("dev.onboardkit.testkit..")
        .should().dependOnClassesThat(internalElsewhere)
        .check(PublishedClasses.ALL);
  }

  @Test
  void theSpringBootModulesUseOnlyThePublicApiOfCoreTheClientsAndTheTestkit() {
    JavaClasses spring = new ClassFileImporter().importPackages("dev.onboardkit.spring");
    noClasses().should().dependOnClassesThat(DescribedPredicate.describe(
            "internal types of sdk-core, a client or the testkit",
            c -> isInternalOfCoreOrClient(c) || c.getPackageName().startsWith("dev.onboardkit.testkit.internal")))
        .check(spring);
  }

  private static boolean isInternalOfCoreOrClient(JavaClass c) {
    return c.getPackageName().matches("dev\\.onboardkit\\.(core|klara|didit)\\.internal(\\..+)?");
  }

}
