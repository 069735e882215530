package dev.onboardkit.didit.support;

import static dev.onboardkit.didit.support.TestClients.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A scripted Didit Auth API: logins issue the configured tokens in turn; the organization endpoints accept issued
 * tokens that were not revoked and answer 401 otherwise. Records every request.
 */
public final class FakeAuthServer extends Dispatcher {
  public final AtomicInteger logins = new AtomicInteger();
  public final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<String> tokens = new CopyOnWriteArrayList<>();
  private final Set<String> issued = ConcurrentHashMap.newKeySet();
  private final Set<String> revoked = ConcurrentHashMap.newKeySet();
  private final Queue<MockResponse> loginOverrides = new ConcurrentLinkedQueue<>();
  private volatile long expiresIn = 86400;
  private volatile boolean rejectAll;
  private volatile CountDownLatch loginGate;
  private volatile MockResponse orgOverride;

  /** Tokens handed out by the 1st, 2nd, ... login; later logins get {@code token-N}. */
  public FakeAuthServer issue(String... tokens) {
    this.tokens.addAll(List.of(tokens));
    return this;
  }

  public FakeAuthServer expiresIn(long seconds) {
    this.expiresIn = seconds;
    return this;
  }

  /** The next login answers with this response instead of tokens. */
  public FakeAuthServer nextLogin(MockResponse response) {
    loginOverrides.add(response);
    return this;
  }

  public void revoke(String token) {
    revoked.add(token);
  }

  public void rejectAllTokens() {
    rejectAll = true;
  }

  /** Logins block until the latch opens. */
  public void gateLogins(CountDownLatch gate) {
    this.loginGate = gate;
  }

  public void orgOverride(MockResponse response) {
    this.orgOverride = response;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    requests.add(request);
    String path = request.getTarget();
    if (path.endsWith("/programmatic/login/")) {
      int n = logins.incrementAndGet();
      CountDownLatch gate = loginGate;
      if (gate != null && !gate.await(10, TimeUnit.SECONDS)) {
        return json(500, "{\"detail\":\"gate timeout\"}");
      }
      MockResponse override = loginOverrides.poll();
      if (override != null) {
        return override;
      }
      String token = n <= tokens.size() ? tokens.get(n - 1) : "token-" + n;
      issued.add(token);
      return json(200, "{\"access_token\":\"" + token + "\",\"refresh_token\":\"refresh-" + n + "\",\"expires_in\":"
          + expiresIn + "}");
    }
    if (path.contains("/programmatic/") || path.contains("/2fa/")) {
      return json(200, "{}");
    }
    if (path.contains("/organizations/me/")) {
      if (orgOverride != null) {
        return orgOverride;
      }
      String auth = request.getHeaders().get("Authorization");
      if (auth == null) {
        return json(401, "{\"detail\":\"Authentication credentials were not provided.\"}");
      }
      String token = auth.startsWith("Bearer ") ? auth.substring(7) : "";
      if (rejectAll || revoked.contains(token) || !issued.contains(token)) {
        return json(401, "{\"detail\":\"Invalid access token\"}");
      }
      return json(200, "[{\"uuid\":\"org-1\",\"name\":\"Acme\"}]");
    }
    return json(404, "{\"detail\":\"Not found.\"}");
  }

  /** Each request as {@code "login"} or {@code "org <token>"} (token without Bearer), in arrival order. */
  public List<String> summary() {
    List<String> out = new ArrayList<>();
    for (RecordedRequest r : requests) {
      String path = r.getTarget();
      if (path.endsWith("/programmatic/login/")) {
        out.add("login");
      } else {
        String auth = r.getHeaders().get("Authorization");
        out.add((path.contains("/organizations/") ? "org " : path + " ")
            + (auth == null ? "<none>" : auth.replaceFirst("^Bearer ", "")));
      }
    }
    return out;
  }

  public List<String> orgTokens() {
    return summary().stream().filter(s -> s.startsWith("org ")).map(s -> s.substring(4)).collect(Collectors.toList());
  }
}
