package dev.onboardkit.core.internal.event;

import dev.onboardkit.core.event.RequestListener;
import dev.onboardkit.core.http.HttpMethod;
import java.util.List;
import org.slf4j.Logger;

/**
 * The one place a runtime reports its calls to the {@link RequestListener}s of its options. Without listeners it is
 * {@link #NONE}, whose calls are {@link CallEvents#NONE}: no event objects, no clock reads, no iteration, so a client
 * without listeners does no extra work per call.
 */
public abstract class Events {
  /** The events of a runtime without listeners: every method does nothing. */
  public static final Events NONE = new Events() {
    @Override
    public CallEvents start(String operation, HttpMethod method, String path) {
      return CallEvents.NONE;
    }
  };

  Events() {}

  /**
   * Returns the events for a runtime.
   *
   * @param listeners the listeners of the runtime's options
   * @param serverAddress the host of the base URL
   * @param log where listener failures are logged
   * @return {@link #NONE} without listeners
   */
  public static Events of(List<RequestListener> listeners, String serverAddress, Logger log) {
    return listeners.isEmpty() ? NONE : new ListenerEvents(listeners, serverAddress, log);
  }

  /**
   * Reports that a call starts and returns what reports its later events.
   *
   * @param operation the operation id, such as {@code klara.applications.create}
   * @param method the HTTP method
   * @param path the encoded path without the query
   * @return the call's events; {@link CallEvents#NONE} without listeners
   */
  public abstract CallEvents start(String operation, HttpMethod method, String path);
}
