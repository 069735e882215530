package dev.onboardkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.core.event.AttemptStarted;
import dev.onboardkit.core.event.CallFinished;
import dev.onboardkit.core.event.CallInfo;
import dev.onboardkit.core.event.RequestListener;
import dev.onboardkit.core.event.ResponseReceived;
import dev.onboardkit.didit.support.FakeAuthServer;
import dev.onboardkit.didit.support.TestClients;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A managed session's login is a call of its own, nested inside the attempt that needed the token. */
class DiditOperationIdsTest {
  private final MockWebServer server = new MockWebServer();
  private final TestClients t = new TestClients();
  private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
  private final RequestListener listener = new RequestListener() {
    @Override
    public void callStarted(CallInfo call) {
      seen.add("start " + call.operation() + " " + call.method() + " " + call.path());
    }

    @Override
    public void attemptStarted(AttemptStarted event) {
      seen.add("attempt " + event.call().operation() + " " + event.attempt());
    }

    @Override
    public void responseReceived(ResponseReceived event) {
      seen.add("response " + event.call().operation() + " " + event.statusCode());
    }

    @Override
    public void callFinished(CallFinished event) {
      seen.add("finish " + event.call().operation() + " " + event.outcome() + " attempts=" + event.attempts());
    }
  };

  @BeforeEach
  void start() throws Exception {
    server.start();
    server.setDispatcher(new FakeAuthServer().issue("token-1"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theLoginOfAManagedSessionIsReportedInsideTheCallThatNeededIt() {
    try (DiditAuthClient client = t.builder(server).credentials("ops@acme.io", "S3cure!Passw0rd")
        .listener(listener).build()) {
      client.organizations().list();
      client.organizations().list();
    }

    assertEquals(List.of(
        "start didit.organizations.list GET /organizations/me/",
        "attempt didit.organizations.list 1",
        "start didit.account.login POST /programmatic/login/",
        "attempt didit.account.login 1",
        "response didit.account.login 200",
        "finish didit.account.login SUCCESS attempts=1",
        "response didit.organizations.list 200",
        "finish didit.organizations.list SUCCESS attempts=1",
        "start didit.organizations.list GET /organizations/me/",
        "attempt didit.organizations.list 1",
        "response didit.organizations.list 200",
        "finish didit.organizations.list SUCCESS attempts=1"), seen);
  }
}
