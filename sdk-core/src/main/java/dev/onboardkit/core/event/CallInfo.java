package dev.onboardkit.core.event;

import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.Arguments;

/**
 * One call, as listeners see it: which operation, the HTTP method, the path without its query, and the server's
 * host. The same instance is passed with every event of the call and compares by identity, so it can key per-call
 * state such as a tracing span.
 */
public final class CallInfo {
  private final String operation;
  private final HttpMethod method;
  private final String path;
  private final String serverAddress;

  /**
   * Creates the description of a call. The SDK creates these; the constructor is public so that listeners can be
   * unit-tested.
   *
   * @param operation the operation id, such as {@code klara.applications.create}
   * @param method the HTTP method
   * @param path the percent-encoded path relative to the base URL, without a query, such as
   *     {@code /applications/app_123}
   * @param serverAddress the host of the base URL
   */
  public CallInfo(String operation, HttpMethod method, String path, String serverAddress) {
    this.operation = Arguments.required(operation, "operation");
    this.method = Arguments.required(method, "method");
    this.path = Arguments.required(path, "path");
    this.serverAddress = Arguments.required(serverAddress, "serverAddress");
  }

  /**
   * Returns the operation id: the service group and the method, such as {@code klara.applications.create},
   * {@code klara.applications.documents.retrieve} or {@code didit.account.login}. Stable across releases and few in
   * number, so it suits a metric tag or a span name; every page of a list has the list's id.
   *
   * @return the operation id
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method
   */
  public HttpMethod method() {
    return method;
  }

  /**
   * Returns the percent-encoded path relative to the base URL, without the query string (which may hold secrets).
   * It contains identifiers such as application ids: use {@link #operation()}, not the path, as a metric tag.
   *
   * @return the path, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the host the call is sent to, such as {@code sandbox.klara-ai.com}.
   *
   * @return the host of the base URL
   */
  public String serverAddress() {
    return serverAddress;
  }

  /** Returns {@code operation (METHOD path)}. */
  @Override
  public String toString() {
    return operation + " (" + method + " " + path + ")";
  }
}
