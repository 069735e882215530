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
}
