package dev.onboardkit.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/** The classes of every published module, imported once for all rules. */
final class PublishedClasses {
  /** Every class of the published modules (main code only; the generated Immutables implementations included). */
  static final JavaClasses ALL = new ClassFileImporter().importLocations(
      PublishedModule.ALL.stream().map(m -> location(m.location())).collect(Collectors.toList()));

  private PublishedClasses() {}

  /** A jar (when the reactor has packaged the modules) or a classes directory (when it has only compiled them). */
  private static Location location(Path jarOrDirectory) {
    return Files.isDirectory(jarOrDirectory)
        ? Location.of(jarOrDirectory)
        : Location.of(URI.create("jar:" + jarOrDirectory.toUri() + "!/"));
  }

  /**
   * Returns whether a class is part of the public API: in a package its module exports to everyone, and public or
   * protected together with every class enclosing it.
   *
   * @param c a class
   * @return true for an API type
   */
  static boolean isApiType(JavaClass c) {
    if (!PublishedModule.isPublicPackage(c.getPackageName())) {
      return false;
    }
    for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
      boolean reachable = k.get().getModifiers().contains(JavaModifier.PUBLIC)
          || k.get().getModifiers().contains(JavaModifier.PROTECTED);
      if (!reachable || k.get().isAnonymousClass() || k.get().isLocalClass()) {
        return false;
      }
    }
    return true;
  }
}
