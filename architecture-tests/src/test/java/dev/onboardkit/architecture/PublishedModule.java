package dev.onboardkit.architecture;

import dev.onboardkit.core.ClientOptions;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.testkit.FakeServer;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One published module as built: where its classes are (jar or classes directory) and its compiled descriptor.
 *
 * @param location the jar or classes directory
 * @param descriptor the module descriptor read from it
 */
record PublishedModule(Path location, ModuleDescriptor descriptor) {
  /** The published modules: sdk-core, klara-client, didit-client, sdk-testkit. */
  static final List<PublishedModule> ALL = List.of(
      of(ClientOptions.class), of(KlaraClient.class), of(DiditAuthClient.class), of(FakeServer.class));

  /** Our modules' names: the only ones our qualified exports may name. */
  static final Set<String> NAMES = ALL.stream().map(PublishedModule::name).collect(Collectors.toUnmodifiableSet());

  private static PublishedModule of(Class<?> anchor) {
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      ModuleReference module = ModuleFinder.of(location).findAll().iterator().next();
      if (module.descriptor().isAutomatic()) {
        throw new AssertionError(location + " has no module-info.class");
      }
      return new PublishedModule(location, module.descriptor());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  String name() {
    return descriptor.name();
  }

  /** The packages exported to everyone. */
  Set<String> publicPackages() {
    return descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Returns the published module that holds {@code packageName}.
   *
   * @param packageName a package
   * @return the module, or null for a package none of them holds
   */
  static PublishedModule holding(String packageName) {
    return ALL.stream().filter(m -> m.descriptor.packages().contains(packageName)).findFirst().orElse(null);
  }

  /**
   * Returns whether a package is exported to everyone by the published module that holds it.
   *
   * @param packageName a package
   * @return true for an API package
   */
  static boolean isPublicPackage(String packageName) {
    PublishedModule module = holding(packageName);
    return module != null && module.publicPackages().contains(packageName);
  }
}
