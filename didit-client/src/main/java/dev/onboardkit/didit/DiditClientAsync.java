package dev.onboardkit.didit;

import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.internal.Lazy;
import dev.onboardkit.didit.billing.DiditBillingServiceAsync;
import dev.onboardkit.didit.businesses.DiditBusinessServiceAsync;
import dev.onboardkit.didit.internal.DiditBillingServiceAsyncImpl;
import dev.onboardkit.didit.internal.DiditBusinessServiceAsyncImpl;
import dev.onboardkit.didit.internal.DiditQuestionnaireServiceAsyncImpl;
import dev.onboardkit.didit.internal.DiditScreeningServiceAsyncImpl;
import dev.onboardkit.didit.lists.DiditListServiceAsync;
import dev.onboardkit.didit.internal.DiditListServiceAsyncImpl;
import dev.onboardkit.didit.checks.DiditCheckServiceAsync;
import dev.onboardkit.didit.internal.DiditCheckServiceAsyncImpl;
import dev.onboardkit.didit.customization.DiditCustomizationServiceAsync;
import dev.onboardkit.didit.internal.DiditCustomizationServiceAsyncImpl;
import dev.onboardkit.didit.internal.DiditSessionServiceAsyncImpl;
import dev.onboardkit.didit.internal.DiditSystemServiceAsyncImpl;
import dev.onboardkit.didit.internal.DiditTransactionServiceAsyncImpl;
import dev.onboardkit.didit.internal.DiditUserServiceAsyncImpl;
import dev.onboardkit.didit.internal.DiditWebhookServiceAsyncImpl;
import dev.onboardkit.didit.internal.DiditWorkflowServiceAsyncImpl;
import dev.onboardkit.didit.internal.VerificationEndpoints;
import dev.onboardkit.didit.questionnaires.DiditQuestionnaireServiceAsync;
import dev.onboardkit.didit.screening.DiditScreeningServiceAsync;
import dev.onboardkit.didit.sessions.DiditSessionServiceAsync;
import dev.onboardkit.didit.system.DiditSystemServiceAsync;
import dev.onboardkit.didit.transactions.DiditTransactionServiceAsync;
import dev.onboardkit.didit.users.DiditUserServiceAsync;
import dev.onboardkit.didit.webhooks.DiditWebhookServiceAsync;
import dev.onboardkit.didit.workflows.DiditWorkflowServiceAsync;

/**
 * The non-blocking view of a {@link DiditClient}, from {@code client.async()}: the same services, each call returning a
 * {@link java.util.concurrent.CompletableFuture} that fails with the exception the blocking call would throw. Lists
 * return an {@link dev.onboardkit.core.paging.AsyncCursorPage}. It shares the client's connection pool, options and
 * key; closing the client closes it too.
 */
public final class DiditClientAsync {
  private final Lazy<DiditSessionServiceAsync> sessions;
  private final Lazy<DiditWorkflowServiceAsync> workflows;
  private final Lazy<DiditWebhookServiceAsync> webhooks;
  private final Lazy<DiditSystemServiceAsync> system;
  private final Lazy<DiditScreeningServiceAsync> screening;
  private final Lazy<DiditTransactionServiceAsync> transactions;
  private final Lazy<DiditBillingServiceAsync> billing;
  private final Lazy<DiditUserServiceAsync> users;
  private final Lazy<DiditBusinessServiceAsync> businesses;
  private final Lazy<DiditQuestionnaireServiceAsync> questionnaires;
  private final Lazy<DiditListServiceAsync> lists;
  private final Lazy<DiditCheckServiceAsync> checks;
  private final Lazy<DiditCustomizationServiceAsync> customization;

  DiditClientAsync(ClientRuntime runtime, VerificationEndpoints endpoints) {
    this.sessions = Lazy.of(() -> new DiditSessionServiceAsyncImpl(runtime, endpoints.sessions()));
    this.workflows = Lazy.of(() -> new DiditWorkflowServiceAsyncImpl(runtime, endpoints.workflows()));
    this.webhooks = Lazy.of(() -> new DiditWebhookServiceAsyncImpl(runtime, endpoints.webhooks()));
    this.system = Lazy.of(() -> new DiditSystemServiceAsyncImpl(runtime, endpoints.system()));
    this.screening = Lazy.of(() -> new DiditScreeningServiceAsyncImpl(runtime, endpoints.screening()));
    this.transactions = Lazy.of(() -> new DiditTransactionServiceAsyncImpl(runtime, endpoints.transactions()));
    this.billing = Lazy.of(() -> new DiditBillingServiceAsyncImpl(runtime, endpoints.billing()));
    this.users = Lazy.of(() -> new DiditUserServiceAsyncImpl(runtime, endpoints.users()));
    this.businesses = Lazy.of(() -> new DiditBusinessServiceAsyncImpl(runtime, endpoints.businesses()));
    this.questionnaires = Lazy.of(() -> new DiditQuestionnaireServiceAsyncImpl(runtime, endpoints.questionnaires()));
    this.lists = Lazy.of(() -> new DiditListServiceAsyncImpl(runtime, endpoints.lists()));
    this.checks = Lazy.of(() -> new DiditCheckServiceAsyncImpl(runtime, endpoints.checks()));
    this.customization = Lazy.of(() -> new DiditCustomizationServiceAsyncImpl(runtime, endpoints.customization()));
  }

  /**
   * Returns the session endpoints.
   *
   * @return the session service
   */
  public DiditSessionServiceAsync sessions() {
    return sessions.get();
  }

  /**
   * Returns the workflow endpoints.
   *
   * @return the workflow service
   */
  public DiditWorkflowServiceAsync workflows() {
    return workflows.get();
  }

  /**
   * Returns the webhook configuration endpoints.
   *
   * @return the webhook service
   */
  public DiditWebhookServiceAsync webhooks() {
    return webhooks.get();
  }

  /**
   * Returns the system endpoints.
   *
   * @return the system service
   */
  public DiditSystemServiceAsync system() {
    return system.get();
  }

  /**
   * Returns the JSON standalone checks.
   *
   * @return the screening service
   */
  public DiditScreeningServiceAsync screening() {
    return screening.get();
  }

  /**
   * Returns the transaction monitoring endpoints.
   *
   * @return the transaction service
   */
  public DiditTransactionServiceAsync transactions() {
    return transactions.get();
  }

  /**
   * Returns the billing endpoints.
   *
   * @return the billing service
   */
  public DiditBillingServiceAsync billing() {
    return billing.get();
  }

  /**
   * Returns the user endpoints (KYC subjects grouped by {@code vendor_data}): list, create, retrieve, update, update
   * status and batch delete.
   *
   * @return the user service
   */
  public DiditUserServiceAsync users() {
    return users.get();
  }

  /**
   * Returns the business endpoints (KYB subjects grouped by {@code vendor_data}): list, create, retrieve, update,
   * update status and batch delete.
   *
   * @return the business service
   */
  public DiditBusinessServiceAsync businesses() {
    return businesses.get();
  }

  /**
   * Returns the custom questionnaire endpoints: list, create, retrieve, update and delete.
   *
   * @return the questionnaire service
   */
  public DiditQuestionnaireServiceAsync questionnaires() {
    return questionnaires.get();
  }

  /**
   * Returns the blocklists, allowlists and custom lists, and {@code entries()} for their values.
   *
   * @return the list service
   */
  public DiditListServiceAsync lists() {
    return lists.get();
  }

  /**
   * Returns the standalone checks that take images: ID verification, proof of address, passive liveness, face match, face search and age estimation.
   *
   * @return the check service
   */
  public DiditCheckServiceAsync checks() {
    return checks.get();
  }

  /**
   * Returns the white-label branding of the verification flow: read it, change it, upload logos.
   *
   * @return the customization service
   */
  public DiditCustomizationServiceAsync customization() {
    return customization.get();
  }
}
