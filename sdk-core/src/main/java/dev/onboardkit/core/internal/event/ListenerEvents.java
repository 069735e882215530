package dev.onboardkit.core.internal.event;

import dev.onboardkit.core.event.CallInfo;
import dev.onboardkit.core.event.RequestListener;
import dev.onboardkit.core.http.HttpMethod;
import java.util.List;
import org.slf4j.Logger;

/** The events of a runtime with listeners: each call gets a {@link ListenerCall}. */
final class ListenerEvents extends Events {
  private final GuardedListener[] listeners;
  private final String serverAddress;

  ListenerEvents(List<RequestListener> listeners, String serverAddress, Logger log) {
    this.listeners = new GuardedListener[listeners.size()];
    for (int i = 0; i < this.listeners.length; i++) {
      this.listeners[i] = new GuardedListener(listeners.get(i), log);
    }
    this.serverAddress = serverAddress;
  }

  @Override
  public CallEvents start(String operation, HttpMethod method, String path) {
    CallInfo call = new CallInfo(operation, method, path, serverAddress);
    ListenerCall events = new ListenerCall(call, listeners); // starts the call's clock before any listener runs
    for (GuardedListener listener : listeners) {
      listener.callStarted(call);
    }
    return events;
  }
}
