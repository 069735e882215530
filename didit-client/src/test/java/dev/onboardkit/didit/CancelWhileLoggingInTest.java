package dev.onboardkit.didit;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.didit.organizations.DiditOrganization;
import dev.onboardkit.didit.support.TestClients;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Cancelling one async call of a managed session while it waits for the session's login cancels that call only: the
 * login, shared with the other calls waiting on it, goes on, and the cancelled call sends nothing.
 */
class CancelWhileLoggingInTest {
  @Test
  void cancellingOneCallWaitingForTheSharedLoginLeavesTheLoginAndTheOtherCallsAlone() throws Exception {
    TestClients t = new TestClients();
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .body("{\"access_token\":\"acc-12345\",\"expires_in\":3600}").headersDelay(300, TimeUnit.MILLISECONDS)
          .build());
      server.enqueue(json(200, "[{\"uuid\":\"org-1\",\"name\":\"Acme\"}]"));
      server.enqueue(json(200, "[{\"uuid\":\"org-1\",\"name\":\"Acme\"}]"));
      try (DiditAuthClient didit = t.builder(server).credentials("ops@acme.io", "S3cure!Passw0rd").build()) {
        CompletableFuture<List<DiditOrganization>> cancelled = didit.async().organizations().list();
        CompletableFuture<List<DiditOrganization>> waiting = didit.async().organizations().list();
        RecordedRequest login = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/auth/v2/programmatic/login/", login.getTarget());

        assertTrue(cancelled.cancel(true));

        assertEquals("org-1", waiting.get(5, TimeUnit.SECONDS).get(0).uuid());
        Thread.sleep(200);
        assertEquals(2, server.getRequestCount(), "the login and one list: the cancelled call sent nothing");
        assertEquals("/auth/v2/organizations/me/", server.takeRequest(1, TimeUnit.SECONDS).getTarget());
        assertTrue(cancelled.isCancelled());
      }
    }
  }
}
