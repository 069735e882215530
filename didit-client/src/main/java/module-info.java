/**
 * Typed client for the Didit Auth API v2. Start with {@link dev.onboardkit.didit.DiditAuthClient}.
 *
 * <p>The API packages are exported. Packages holding request and response types are also opened to Jackson, which
 * binds JSON through their package-private generated implementations. The {@code internal} package is not exported.
 */
module dev.onboardkit.didit {
  requires transitive dev.onboardkit.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static org.immutables.value.annotations;

  exports dev.onboardkit.didit;
  exports dev.onboardkit.didit.account;
  exports dev.onboardkit.didit.applications;
  exports dev.onboardkit.didit.organizations;

  opens dev.onboardkit.didit.account to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.applications to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.organizations to com.fasterxml.jackson.databind;
}
