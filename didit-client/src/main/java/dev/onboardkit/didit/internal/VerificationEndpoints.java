package dev.onboardkit.didit.internal;

import dev.onboardkit.core.internal.Lazy;

/**
 * The endpoint definitions of the Verification API, one per family, each created on first use and shared by the
 * blocking and the async service of that family. Internal.
 */
public final class VerificationEndpoints {
  private final Lazy<SessionEndpoints> sessions = Lazy.of(SessionEndpoints::new);
  private final Lazy<WorkflowEndpoints> workflows = Lazy.of(WorkflowEndpoints::new);
  private final Lazy<WebhookEndpoints> webhooks = Lazy.of(WebhookEndpoints::new);
  private final Lazy<SystemEndpoints> system = Lazy.of(SystemEndpoints::new);
  private final Lazy<ScreeningEndpoints> screening = Lazy.of(ScreeningEndpoints::new);
  private final Lazy<TransactionEndpoints> transactions = Lazy.of(TransactionEndpoints::new);
  private final Lazy<BillingEndpoints> billing = Lazy.of(BillingEndpoints::new);
  private final Lazy<UserEndpoints> users = Lazy.of(UserEndpoints::new);
  private final Lazy<BusinessEndpoints> businesses = Lazy.of(BusinessEndpoints::new);
  private final Lazy<QuestionnaireEndpoints> questionnaires = Lazy.of(QuestionnaireEndpoints::new);
  private final Lazy<ListEndpoints> lists = Lazy.of(ListEndpoints::new);
  private final Lazy<ImageCheckEndpoints> checks = Lazy.of(ImageCheckEndpoints::new);
  private final Lazy<CustomizationEndpoints> customization = Lazy.of(CustomizationEndpoints::new);

  /**
   * Returns the session endpoints.
   *
   * @return the definitions
   */
  public SessionEndpoints sessions() {
    return sessions.get();
  }

  /**
   * Returns the workflow endpoints.
   *
   * @return the definitions
   */
  public WorkflowEndpoints workflows() {
    return workflows.get();
  }

  /**
   * Returns the webhook endpoints.
   *
   * @return the definitions
   */
  public WebhookEndpoints webhooks() {
    return webhooks.get();
  }

  /**
   * Returns the system endpoints.
   *
   * @return the definitions
   */
  public SystemEndpoints system() {
    return system.get();
  }

  /**
   * Returns the screening endpoints (the JSON standalone checks).
   *
   * @return the definitions
   */
  public ScreeningEndpoints screening() {
    return screening.get();
  }

  /**
   * Returns the transaction monitoring endpoints.
   *
   * @return the definitions
   */
  public TransactionEndpoints transactions() {
    return transactions.get();
  }

  /**
   * Returns the billing endpoints.
   *
   * @return the definitions
   */
  public BillingEndpoints billing() {
    return billing.get();
  }

  /**
   * Returns the users endpoints.
   *
   * @return the definitions
   */
  public UserEndpoints users() {
    return users.get();
  }

  /**
   * Returns the businesses endpoints.
   *
   * @return the definitions
   */
  public BusinessEndpoints businesses() {
    return businesses.get();
  }

  /**
   * Returns the questionnaires endpoints.
   *
   * @return the definitions
   */
  public QuestionnaireEndpoints questionnaires() {
    return questionnaires.get();
  }

  /**
   * Returns the list endpoints.
   *
   * @return the definitions
   */
  public ListEndpoints lists() {
    return lists.get();
  }

  /**
   * Returns the check endpoints.
   *
   * @return the definitions
   */
  public ImageCheckEndpoints checks() {
    return checks.get();
  }

  /**
   * Returns the customization endpoints.
   *
   * @return the definitions
   */
  public CustomizationEndpoints customization() {
    return customization.get();
  }
}
