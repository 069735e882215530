package dev.onboardkit.testkit.klara;

import static dev.onboardkit.testkit.klara.KlaraJson.error;
import static dev.onboardkit.testkit.klara.KlaraJson.notAllowed;

import dev.onboardkit.testkit.internal.FakeHandler;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import java.util.List;

/**
 * Klara's HTTP surface: matches each request to its endpoint by path and method (404 and 405 otherwise, 413 for
 * oversized bodies) and answers it under the store's lock, so a request sees and leaves a consistent state.
 */
final class KlaraRoutes implements FakeHandler {
  private final KlaraStore store;
  private final KlaraApplicationRoutes applications;
  private final KlaraDecisionRoute decisions;
  private final KlaraRfiRoute rfiRequests;

  KlaraRoutes(KlaraStore store) {
    this.store = store;
    KlaraApplicationJson json = new KlaraApplicationJson(store);
    this.applications = new KlaraApplicationRoutes(store, json);
    this.decisions = new KlaraDecisionRoute(store);
    this.rfiRequests = new KlaraRfiRoute(store);
  }

  @Override
  public FakeResponse handle(FakeRequest r) {
    synchronized (store) {
      return route(r);
    }
  }

  private FakeResponse route(FakeRequest r) {
    if (r.bodyTooLarge()) {
      return error(413, "Request body too large");
    }
    List<String> s = r.segments();
    String m = r.method();
    int n = s.size();
    boolean apps = n >= 1 && s.get(0).equals("applications");
    if (n == 1 && apps) {
      if (m.equals("POST")) {
        return applications.create(r);
      }
      return m.equals("GET") ? applications.list(r) : notAllowed("GET, POST");
    }
    if (n == 2 && apps && !s.get(1).isEmpty()) {
      return m.equals("GET") ? applications.retrieve(r, s.get(1)) : notAllowed("GET");
    }
    if (n == 3 && apps && !s.get(1).isEmpty() && s.get(2).equals("pre-auth")) {
      return m.equals("POST") ? applications.refreshPreAuth(r, s.get(1)) : notAllowed("POST");
    }
    if (n == 3 && apps && !s.get(1).isEmpty() && s.get(2).equals("decision")) {
      return m.equals("POST") ? decisions.decide(r, s.get(1)) : notAllowed("POST");
    }
    if (n == 4 && apps && !s.get(1).isEmpty() && s.get(2).equals("documents") && !s.get(3).isEmpty()) {
      return m.equals("GET") ? applications.document(r, s.get(1), s.get(3)) : notAllowed("GET");
    }
    if (n == 1 && s.get(0).equals("rfi-requests")) {
      return m.equals("POST") ? rfiRequests.create(r) : notAllowed("POST");
    }
    return error(404, "Not found");
  }
}
