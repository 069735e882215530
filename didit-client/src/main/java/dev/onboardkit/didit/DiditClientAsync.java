package dev.onboardkit.didit;

import dev.onboardkit.didit.sessions.DiditSessionServiceAsync;
import dev.onboardkit.didit.system.DiditSystemServiceAsync;
import dev.onboardkit.didit.webhooks.DiditWebhookServiceAsync;
import dev.onboardkit.didit.workflows.DiditWorkflowServiceAsync;

/**
 * The non-blocking view of a {@link DiditClient}, from {@code client.async()}: the same services, each call returning a
 * {@link java.util.concurrent.CompletableFuture} that fails with the exception the blocking call would throw. Lists
 * return an {@link dev.onboardkit.core.paging.AsyncCursorPage}. It shares the client's connection pool, options and
 * key; closing the client closes it too.
 */
public final class DiditClientAsync {
  private final DiditSessionServiceAsync sessions;
  private final DiditWorkflowServiceAsync workflows;
  private final DiditWebhookServiceAsync webhooks;
  private final DiditSystemServiceAsync system;

  DiditClientAsync(DiditSessionServiceAsync sessions, DiditWorkflowServiceAsync workflows,
      DiditWebhookServiceAsync webhooks, DiditSystemServiceAsync system) {
    this.sessions = sessions;
    this.workflows = workflows;
    this.webhooks = webhooks;
    this.system = system;
  }

  /**
   * Returns the session endpoints.
   *
   * @return the session service
   */
  public DiditSessionServiceAsync sessions() {
    return sessions;
  }

  /**
   * Returns the workflow endpoints.
   *
   * @return the workflow service
   */
  public DiditWorkflowServiceAsync workflows() {
    return workflows;
  }

  /**
   * Returns the webhook configuration endpoints.
   *
   * @return the webhook service
   */
  public DiditWebhookServiceAsync webhooks() {
    return webhooks;
  }

  /**
   * Returns the system endpoints.
   *
   * @return the system service
   */
  public DiditSystemServiceAsync system() {
    return system;
  }
}
