package dev.onboardkit.klara.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.klara.support.TestKlara;
import java.net.URI;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DocumentsTest {
  static final String RESPONSE = "{\"url\":\"https://klara-docs.s3.amazonaws.com/d1.pdf?X-Amz-Signature=sig\","
      + "\"file_name\":\"certificate.pdf\",\"file_type\":\"application/pdf\",\"size\":1234}";

  private final TestKlara t = new TestKlara();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void getsTheDocumentDownloadLink() {
    t.enqueue(200, RESPONSE);

    KlaraDocumentDownload doc = t.klara.applications().documents().retrieve("app-1", "doc-1");

    RecordedRequest r = t.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/api/external/applications/app-1/documents/doc-1", r.getTarget());
    assertEquals("Bearer " + TestKlara.API_KEY, r.getHeaders().get("Authorization"));
    assertEquals(URI.create("https://klara-docs.s3.amazonaws.com/d1.pdf?X-Amz-Signature=sig"), doc.url());
    assertEquals("certificate.pdf", doc.fileName());
    assertEquals("application/pdf", doc.fileType());
    assertFalse(doc.toString().contains("X-Amz-Signature"), doc.toString());
  }

  @Test
  void rawAndAsyncVariantsReachTheSameEndpoint() {
    t.enqueue(200, RESPONSE);
    t.enqueue(200, RESPONSE);
    t.enqueue(200, RESPONSE);

    ApiResponse<KlaraDocumentDownload> raw = t.klara.applications().withRawResponse().documents().retrieve("a", "d");
    KlaraDocumentDownload async = t.klara.async().applications().documents().retrieve("a", "d").join();
    ApiResponse<KlaraDocumentDownload> asyncRaw =
        t.klara.async().applications().withRawResponse().documents().retrieve("a", "d").join();

    assertEquals(200, raw.statusCode());
    assertEquals(raw.value(), async);
    assertEquals(raw.value(), asyncRaw.value());
    for (RecordedRequest r : t.takeAll()) {
      assertEquals("/api/external/applications/a/documents/d", r.getTarget());
    }
  }

  @Test
  void bothIdsAreCheckedAndEncoded() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> t.klara.applications().documents().retrieve("", ".."));
    assertEquals(List.of(
        new ValidationProblem("applicationId", "must not be blank"),
        new ValidationProblem("documentId", "must not be '.' or '..'")), e.problems());
    assertEquals(0, t.server.getRequestCount());

    t.enqueue(200, RESPONSE);
    t.klara.applications().documents().retrieve("a/b", "d?x=1#y");
    assertEquals("/api/external/applications/a%2Fb/documents/d%3Fx%3D1%23y", t.take().getTarget());
  }
}
