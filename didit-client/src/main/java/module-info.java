/**
 * Typed clients for Didit: the Auth API v2 ({@link dev.onboardkit.didit.DiditAuthClient}) and the Verification API
 * v3 ({@link dev.onboardkit.didit.DiditClient}).
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
  exports dev.onboardkit.didit.billing;
  exports dev.onboardkit.didit.businesses;
  exports dev.onboardkit.didit.checks;
  exports dev.onboardkit.didit.customization;
  exports dev.onboardkit.didit.decisions;
  exports dev.onboardkit.didit.lists;
  exports dev.onboardkit.didit.organizations;
  exports dev.onboardkit.didit.questionnaires;
  exports dev.onboardkit.didit.screening;
  exports dev.onboardkit.didit.sessions;
  exports dev.onboardkit.didit.system;
  exports dev.onboardkit.didit.transactions;
  exports dev.onboardkit.didit.users;
  exports dev.onboardkit.didit.webhooks;
  exports dev.onboardkit.didit.workflows;

  opens dev.onboardkit.didit.account to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.applications to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.billing to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.businesses to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.checks to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.customization to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.decisions to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.lists to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.organizations to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.questionnaires to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.screening to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.sessions to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.transactions to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.users to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.webhooks to com.fasterxml.jackson.databind;
  opens dev.onboardkit.didit.workflows to com.fasterxml.jackson.databind;
}
