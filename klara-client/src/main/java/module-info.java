/**
 * Typed client for the Klara external API (KYB onboarding). Start with {@link dev.onboardkit.klara.KlaraClient}.
 *
 * <p>The API packages are exported. Packages holding request and response types are also opened to Jackson, which
 * binds JSON through their package-private generated implementations. The {@code internal} package is not exported; it is opened to Jackson
 * for the wire shapes it decodes (the list page).
 */
module dev.onboardkit.klara {
  requires transitive dev.onboardkit.core;
  requires com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;

  exports dev.onboardkit.klara;
  exports dev.onboardkit.klara.applications;
  exports dev.onboardkit.klara.rfi;
  exports dev.onboardkit.klara.webhooks;

  opens dev.onboardkit.klara.applications to com.fasterxml.jackson.databind;
  opens dev.onboardkit.klara.rfi to com.fasterxml.jackson.databind;
  opens dev.onboardkit.klara.webhooks to com.fasterxml.jackson.databind;
  opens dev.onboardkit.klara.internal to com.fasterxml.jackson.databind;
}
