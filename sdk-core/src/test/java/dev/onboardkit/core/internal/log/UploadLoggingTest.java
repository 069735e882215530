package dev.onboardkit.core.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.http.Base64JsonUpload;
import dev.onboardkit.core.internal.http.Multipart;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.support.LogCapture;
import dev.onboardkit.core.support.TestRuntime;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With TRACE and body logging on, an upload is logged by part names, file names, media types and sizes only. */
class UploadLoggingTest {
  /** A marker that would show in any rendering of the files: as text, or (its first bytes) as base64. */
  private static final String MARKER = "FACE-PIXELS-0123456789-FACE-PIXELS-0123456789-FACE";
  private static final byte[] FILE = (MARKER + MARKER + MARKER).getBytes(StandardCharsets.US_ASCII);

  private final MockWebServer server = new MockWebServer();
  private TestRuntime t;
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    server.start();
    t = new TestRuntime(server, b -> b.logging(LoggingOptions.builder().logBodies(true).build()));
  }

  @AfterEach
  void stop() {
    t.runtime.close();
    server.close();
  }

  @Test
  void aMultipartUploadIsLoggedByItsPartsWithoutAnyByteOfItsFiles() throws Exception {
    Path path = Files.write(dir.resolve("passport.png"), FILE);
    server.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());
    try (LogCapture logs = new LogCapture(LoggingOptions.DEFAULT_LOGGER)) {
      t.runtime.execute("test.upload", ApiOperation.builder(HttpMethod.POST, ResponseDecoder.json(Map.class))
          .constantPath("/upload/")
          .upload(Multipart.form()
              .file("front_image", "frontImage", FileUpload.of(path), 1 << 20)
              .file("back_image", "backImage", FileUpload.of(FILE, "back.jpg", "image/jpeg"), 1 << 20)
              .file("selfie", "selfie", FileUpload.of(new ByteArrayInputStream(FILE), "me.webp", "image/webp"),
                  1 << 20)
              .text("vendor_data", "user-42")
              .build())
          .build(), RequestOptions.none());

      List<String> bodies = logs.lines().stream().filter(l -> l.startsWith("TRACE HTTP --> body"))
          .collect(Collectors.toList());
      assertEquals(List.of("TRACE HTTP --> body multipart/form-data: front_image=passport.png (image/png, "
          + FILE.length + " bytes), back_image=back.jpg (image/jpeg, " + FILE.length + " bytes), selfie=me.webp "
          + "(image/webp, size unknown), vendor_data (text, 7 characters)"), bodies);
      assertNoFileContent(logs.text());
      assertTrue(logs.text().contains("TRACE HTTP <-- body {\"ok\":true}"), "response bodies are still logged");
    }
  }

  @Test
  void aJsonBodyCarryingAFileAsBase64IsLoggedWithoutTheFile() {
    server.enqueue(new MockResponse.Builder().code(201).body("{\"uuid\":\"e1\"}").build());
    try (LogCapture logs = new LogCapture(LoggingOptions.DEFAULT_LOGGER)) {
      t.runtime.execute("test.face", ApiOperation.builder(HttpMethod.POST, ResponseDecoder.json(Map.class))
          .constantPath("/faces/")
          .upload(Base64JsonUpload.of("image", "image", FileUpload.of(FILE, "face.jpg", "image/jpeg"), 1 << 20,
              Map.of("comment", "known fraudster")))
          .build(), RequestOptions.none());

      assertTrue(logs.text().contains("TRACE HTTP --> body application/json: image=face.jpg (image/jpeg, "
          + FILE.length + " bytes, as base64), with other members"), logs.text());
      assertNoFileContent(logs.text());
      assertFalse(logs.text().contains("known fraudster"), "other members are not shown either");
    }
  }

  private static void assertNoFileContent(String logged) {
    assertFalse(logged.contains("FACE-PIXELS"), logged);
    String base64 = Base64.getEncoder().encodeToString(MARKER.getBytes(StandardCharsets.US_ASCII));
    assertFalse(logged.contains(base64.substring(0, 24)), logged);
  }
}
