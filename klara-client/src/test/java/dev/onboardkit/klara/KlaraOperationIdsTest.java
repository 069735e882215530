package dev.onboardkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.event.CallFinished;
import dev.onboardkit.core.event.CallInfo;
import dev.onboardkit.core.event.RequestListener;
import dev.onboardkit.klara.support.TestKlara;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every form of a service method reports the operation id generated from its definition. */
class KlaraOperationIdsTest {
  private static final String NOT_FOUND = "{\"error\":\"not_found\",\"message\":\"Application not found\"}";

  private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
  private final RequestListener listener = new RequestListener() {
    @Override
    public void callStarted(CallInfo call) {
      seen.add(call.operation() + " " + call.method() + " " + call.path());
    }

    @Override
    public void callFinished(CallFinished event) {
      seen.add(event.outcome() + " " + event.statusCode().getAsInt());
    }
  };
  private final TestKlara t = new TestKlara(b -> b.listener(listener));

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void blockingRawAndAsyncFormsNameTheirOperation() {
    for (int i = 0; i < 5; i++) {
      t.enqueue(404, NOT_FOUND);
    }

    assertThrows(NotFoundException.class, () -> t.klara.applications().retrieve("app_1"));
    assertThrows(NotFoundException.class, () -> t.klara.applications().withRawResponse().refreshPreAuth("app_1"));
    assertThrows(NotFoundException.class, () -> t.klara.applications().documents().retrieve("app_1", "doc_2"));
    CompletionException async = assertThrows(CompletionException.class,
        () -> t.klara.async().applications().retrieve("app_1").join());
    assertEquals(NotFoundException.class, async.getCause().getClass());
    assertThrows(NotFoundException.class, () -> t.klara.applications().list());

    assertEquals(List.of(
        "klara.applications.retrieve GET /applications/app_1", "API_ERROR 404",
        "klara.applications.refreshPreAuth POST /applications/app_1/pre-auth", "API_ERROR 404",
        "klara.applications.documents.retrieve GET /applications/app_1/documents/doc_2", "API_ERROR 404",
        "klara.applications.retrieve GET /applications/app_1", "API_ERROR 404",
        "klara.applications.list GET /applications", "API_ERROR 404"), seen);
  }
}
