/**
 * OnboardKit core: transport, retries, timeouts, JSON, errors, redaction and logging shared by the OnboardKit
 * clients.
 *
 * <p>The API packages are exported to everyone. An {@code internal} package is exported only to the OnboardKit modules
 * that use it (qualified exports), so nothing outside OnboardKit can link against it; one that no other module uses
 * ({@code internal.auth}, {@code internal.retry}) is not exported at all. A new internal package, or a module that
 * starts using one, needs its qualified {@code exports} line here.
 */
module dev.onboardkit.core {
  requires transitive okhttp3;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;
  requires static org.immutables.value.annotations;

  exports dev.onboardkit.core;
  exports dev.onboardkit.core.auth;
  exports dev.onboardkit.core.error;
  exports dev.onboardkit.core.event;
  exports dev.onboardkit.core.http;
  exports dev.onboardkit.core.json;
  exports dev.onboardkit.core.log;
  exports dev.onboardkit.core.paging;
  exports dev.onboardkit.core.retry;
  exports dev.onboardkit.core.webhook;

  exports dev.onboardkit.core.internal to dev.onboardkit.klara, dev.onboardkit.didit;
  exports dev.onboardkit.core.internal.error to dev.onboardkit.klara, dev.onboardkit.didit;
  exports dev.onboardkit.core.internal.http to dev.onboardkit.klara, dev.onboardkit.didit;
  exports dev.onboardkit.core.internal.json to dev.onboardkit.klara, dev.onboardkit.didit;
  exports dev.onboardkit.core.internal.log to dev.onboardkit.klara, dev.onboardkit.didit;
  // Jackson instantiates the masking serializer named by @MaskedInJson on the clients' response types.
  opens dev.onboardkit.core.internal.json to com.fasterxml.jackson.databind;
  exports dev.onboardkit.core.internal.webhook to dev.onboardkit.klara, dev.onboardkit.didit;
}
