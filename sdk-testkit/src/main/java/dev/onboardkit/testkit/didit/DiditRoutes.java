package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.detail;
import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;
import static dev.onboardkit.testkit.didit.DiditJson.notFound;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.FakeHandler;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.util.List;
import java.util.Map;

/**
 * Didit's HTTP surface: matches each request to its endpoint by path (every path ends with {@code /}) and method (404
 * and 405 otherwise, 413 for oversized bodies), authenticates the bearer endpoints and checks organization access,
 * all under the store's lock, so a request sees and leaves a consistent state.
 */
final class DiditRoutes implements FakeHandler {
  private final DiditStore store;
  private final DiditAccountRoutes account;
  private final DiditApplicationRoutes applications;

  DiditRoutes(DiditStore store) {
    this.store = store;
    this.account = new DiditAccountRoutes(store);
    this.applications = new DiditApplicationRoutes(store);
  }

  @Override
  public FakeResponse handle(FakeRequest r) {
    synchronized (store) {
      return route(r);
    }
  }

  private FakeResponse route(FakeRequest r) {
    if (r.bodyTooLarge()) {
      return detail(413, "Request body too large.");
    }
    List<String> s = r.segments();
    String m = r.method();
    int n = s.size();
    if (n == 3 && s.get(0).equals("programmatic") && s.get(2).isEmpty()) {
      switch (s.get(1)) {
        case "register":
          return m.equals("POST") ? account.register(r) : notAllowed(m, "POST");
        case "verify-email":
          return m.equals("POST") ? account.verifyEmail(r) : notAllowed(m, "POST");
        case "resend-otp":
          return m.equals("POST") ? account.resendOtp(r) : notAllowed(m, "POST");
        case "login":
          return m.equals("POST") ? account.login(r) : notAllowed(m, "POST");
        default:
          return notFound();
      }
    }
    if (n == 3 && s.get(0).equals("2fa") && s.get(1).equals("verify") && s.get(2).isEmpty()) {
      return m.equals("POST") ? account.verifyTwoFactor(r) : notAllowed(m, "POST");
    }
    if (n >= 3 && s.get(0).equals("organizations") && s.get(1).equals("me") && s.get(n - 1).isEmpty()) {
      return organizations(r, s, m);
    }
    return notFound();
  }

  private FakeResponse organizations(FakeRequest r, List<String> s, String m) {
    int n = s.size();
    boolean orgList = n == 3;
    boolean appList = n == 5 && !s.get(2).isEmpty() && s.get(3).equals("applications");
    boolean appItem = n == 6 && !s.get(2).isEmpty() && s.get(3).equals("applications") && !s.get(4).isEmpty();
    if (!orgList && !appList && !appItem) {
      return notFound();
    }
    Object auth = authenticate(r);
    if (auth instanceof FakeResponse) {
      return (FakeResponse) auth;
    }
    StoredAccount user = (StoredAccount) auth;
    if (orgList) {
      return m.equals("GET") ? applications.listOrganizations(user) : notAllowed(m, "GET, HEAD, OPTIONS");
    }
    if (appList) {
      if (!m.equals("GET") && !m.equals("POST")) {
        return notAllowed(m, "GET, POST, HEAD, OPTIONS");
      }
      Object org = managedOrganization(user, s.get(2));
      if (org instanceof FakeResponse) {
        return (FakeResponse) org;
      }
      return m.equals("GET") ? applications.list((StoredOrganization) org)
          : applications.create(r, (StoredOrganization) org);
    }
    if (!m.equals("GET") && !m.equals("PATCH")) {
      return notAllowed(m, "GET, PATCH, HEAD, OPTIONS");
    }
    Object org = managedOrganization(user, s.get(2));
    if (org instanceof FakeResponse) {
      return (FakeResponse) org;
    }
    StoredApp app = store.app(s.get(4));
    if (app == null || !app.organizationId.equals(((StoredOrganization) org).uuid)) {
      return notFound();
    }
    return m.equals("GET") ? FakeResponse.json(200, DiditJson.app(app)) : applications.update(r, app);
  }

  /** Returns the account of the request's bearer token, or the 403 or 401 to answer. */
  private Object authenticate(FakeRequest r) {
    String header = r.header("Authorization");
    String token = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = header.substring(7).trim();
    }
    if (token == null || token.isEmpty()) {
      return detail(403, "Authentication credentials were not provided.");
    }
    StoredAccount a = store.accessTokenOwner(token);
    if (a == null) {
      ObjectNode body = Json.object();
      body.put("detail", "Invalid access token");
      return FakeResponse.json(401, body, Map.of("WWW-Authenticate", "Bearer realm=\"api\""));
    }
    return a;
  }

  /** Returns the organization if the user may manage it (owner or admin), else the 404 or 403 to answer. */
  private Object managedOrganization(StoredAccount user, String organizationId) {
    StoredOrganization org = store.organization(organizationId);
    if (org == null || !org.members.containsKey(user.userId)) {
      return notFound();
    }
    if (org.members.get(user.userId) == DiditRole.MEMBER) {
      return detail(403, "You do not have permission to perform this action.");
    }
    return org;
  }
}
