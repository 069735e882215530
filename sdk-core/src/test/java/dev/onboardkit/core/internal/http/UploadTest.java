package dev.onboardkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.SdkDefaults;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.support.MultipartParts;
import dev.onboardkit.core.support.TestRuntime;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an upload puts on the wire, how it streams, and how its limits and checks fail. */
class UploadTest {
  private static final ResponseDecoder<Map> JSON = ResponseDecoder.json(Map.class);
  private static final long LIMIT = 64 * 1024;

  private final MockWebServer server = new MockWebServer();
  private TestRuntime t;
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    server.start();
    t = new TestRuntime(server);
  }

  @AfterEach
  void stop() {
    t.runtime.close();
    server.close();
  }

  @Test
  void aFormCarriesEachPartWithItsNameFileNameMediaTypeAndExactBytes() throws Exception {
    byte[] front = random(70_000, 1);
    Path back = dir.resolve("back side.PNG");
    Files.write(back, random(30_000, 2));
    byte[] streamed = random(20_000, 3);
    server.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());

    Map<?, ?> value = t.runtime.execute("test.upload", post(Multipart.form()
        .file("front_image", "frontImage", FileUpload.of(front, "front.jpg", "image/jpeg"), 1 << 20)
        .file("back_image", "backImage", FileUpload.of(back), 1 << 20)
        .text("vendor_data", "user-42")
        .text("perform_document_liveness", true)
        .text("minimum_age", 18)
        .text("left_out", null)
        .file("selfie", "selfie", FileUpload.of(new ByteArrayInputStream(streamed), "me.webp", "image/webp",
            streamed.length), 1 << 20)
        .build()), RequestOptions.none());

    assertEquals(Map.of("ok", true), value);
    RecordedRequest r = server.takeRequest();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/upload/", r.getTarget());
    assertTrue(r.getHeaders().get("Content-Type").startsWith("multipart/form-data; boundary="));
    assertEquals(String.valueOf(r.getBodySize()), r.getHeaders().get("Content-Length"), "length known up front");
    List<MultipartParts.Part> parts = MultipartParts.of(r);
    assertEquals("[front_image=front.jpg (image/jpeg, 70000 bytes), back_image=back side.PNG (image/png, 30000 bytes),"
        + " vendor_data, perform_document_liveness, minimum_age, selfie=me.webp (image/webp, 20000 bytes)]",
        parts.toString());
    assertArrayEquals(front, parts.get(0).bytes.toByteArray());
    assertArrayEquals(Files.readAllBytes(back), parts.get(1).bytes.toByteArray());
    assertEquals("user-42", parts.get(2).text());
    assertNull(parts.get(2).contentType);
    assertEquals("true", parts.get(3).text());
    assertEquals("18", parts.get(4).text());
    assertArrayEquals(streamed, parts.get(5).bytes.toByteArray());
  }

  @Test
  void aStreamOfUnknownLengthIsSentChunkedAndReadASegmentAtATime() throws Exception {
    byte[] content = random(3 * 1024 * 1024 + 17, 4);
    RecordingStream stream = new RecordingStream(content);
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

    t.runtime.execute("test.upload", post(Multipart.form()
        .file("document", "document", FileUpload.of(stream, "statement.pdf", "application/pdf"), 4 << 20)
        .build()), RequestOptions.none());

    RecordedRequest r = server.takeRequest();
    assertNull(r.getHeaders().get("Content-Length"));
    assertEquals("chunked", r.getHeaders().get("Transfer-Encoding"));
    List<MultipartParts.Part> parts = MultipartParts.of(r);
    assertArrayEquals(content, parts.get(0).bytes.toByteArray());
    assertNull(parts.get(0).contentLength);
    assertEquals(content.length, stream.total, "read once, to the end");
    assertTrue(stream.largestRead <= 8192, "largest read " + stream.largestRead);
    assertEquals(false, stream.closed, "the caller closes its stream");
  }

  @Test
  void aStreamLargerThanItsLimitFailsWhileSentWithAnSdkExceptionAndIsNotReadToTheEnd() throws Exception {
    byte[] content = random((int) LIMIT * 8, 5);
    RecordingStream stream = new RecordingStream(content);
    server.enqueue(new MockResponse.Builder().code(200).body("{\"next\":1}").build());

    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> t.runtime.execute("test.upload",
        post(Multipart.form().file("user_image", "userImage", FileUpload.of(stream, "big.jpg", "image/jpeg"), LIMIT)
            .build()), RequestOptions.none()));

    assertEquals("userImage", e.problems().get(0).field());
    assertTrue(e.problems().get(0).message().startsWith("must be at most 65536 bytes"), e.getMessage());
    assertTrue(stream.total <= LIMIT + 8192, "stopped reading at the limit, read " + stream.total);
    // The half-sent request's connection is discarded: the next call works, on a new connection.
    Map<?, ?> next = t.runtime.execute("test.get",
        ApiOperation.builder(HttpMethod.GET, JSON).constantPath("/next").build(), RequestOptions.none());
    assertEquals(Map.of("next", 1), next);
  }

  @Test
  void aStreamThatEndsBeforeOrRunsPastItsGivenSizeFailsWithAnSdkException() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    InvalidRequestException shorter = assertThrows(InvalidRequestException.class, () -> t.runtime.execute("t",
        post(Multipart.form().file("f", "file", FileUpload.of(new ByteArrayInputStream(new byte[10]), "a.bin",
            "application/octet-stream", 11), LIMIT).build()), RequestOptions.none()));
    assertEquals("file ended after 10 of its 11 bytes", shorter.problems().get(0).toString());

    InvalidRequestException longer = assertThrows(InvalidRequestException.class, () -> t.runtime.execute("t",
        post(Multipart.form().file("f", "file", FileUpload.of(new ByteArrayInputStream(new byte[12]), "a.bin",
            "application/octet-stream", 11), LIMIT).build()), RequestOptions.none()));
    assertEquals("file holds more than its size of 11 bytes", longer.problems().get(0).toString());
  }

  @Test
  void aStreamIsSentOnceSoASecondCallWithTheSameUploadFailsBeforeSendingItsContentAgain() throws Exception {
    FileUpload once = FileUpload.of(new ByteArrayInputStream(new byte[] {1, 2, 3}), "a.bin", "image/jpeg");
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    t.runtime.execute("t", post(Multipart.form().file("f", "file", once, LIMIT).build()), RequestOptions.none());

    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> t.runtime.execute("t",
        post(Multipart.form().file("f", "file", once, LIMIT).build()), RequestOptions.none()));

    assertEquals("file was already sent: a stream can be sent only once", e.problems().get(0).toString());
  }

  @Test
  void asyncCallsReportAnOversizedStreamAsTheSameSdkException() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    InputStream big = new ByteArrayInputStream(new byte[(int) LIMIT + 1]);
    CompletionException e = assertThrows(CompletionException.class, () -> t.runtime.executeAsync("t",
        post(Multipart.form().file("f", "file", FileUpload.of(big, "a.bin", "image/jpeg"), LIMIT).build()),
        RequestOptions.none()).join());
    InvalidRequestException cause = (InvalidRequestException) e.getCause();
    assertEquals("file", cause.problems().get(0).field());
  }

  @Test
  void everyFileProblemKnownBeforeSendingIsReportedAtOnce() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.jpg"));
    Path tooBig = dir.resolve("big.jpg");
    Files.write(tooBig, new byte[(int) LIMIT + 1]);
    Problems problems = new Problems();

    Uploads.require(problems, "missing", null, LIMIT);
    Uploads.require(problems, "gone", FileUpload.of(dir.resolve("nope.jpg")), LIMIT);
    Uploads.require(problems, "folder", FileUpload.of(dir, "image/jpeg"), LIMIT);
    Uploads.require(problems, "empty", FileUpload.of(empty), LIMIT);
    Uploads.require(problems, "tooBig", FileUpload.of(tooBig), LIMIT);
    Uploads.require(problems, "bytes", FileUpload.of(new byte[0], "a.jpg", "image/jpeg"), LIMIT);
    Uploads.require(problems, "sized", FileUpload.of(InputStream.nullInputStream(), "a", "image/png", LIMIT + 1),
        LIMIT);
    Uploads.check(problems, "optional", null, LIMIT);
    boolean ok = Uploads.require(problems, "fine", FileUpload.of(new byte[1], "a.jpg", "image/jpeg"), LIMIT);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, problems::throwIfAny);

    assertTrue(ok);
    assertEquals(List.of(
        "missing is required",
        "gone names a file that does not exist",
        "folder must name a regular file, not a directory or device",
        "empty must not be empty",
        "tooBig must be at most 65536 bytes (it has 65537)",
        "bytes must not be empty",
        "sized must be at most 65536 bytes (it has 65537)"),
        e.problems().stream().map(ValidationProblem::toString).collect(Collectors.toList()));
    assertTrue(e.getMessage().indexOf(dir.toString()) < 0, "messages never show the path");
  }

  @Test
  void aJsonBodyCanCarryAFileAsBase64StreamedAndWithItsLengthKnown() throws Exception {
    byte[] face = random(10_001, 6);
    Path path = dir.resolve("face.jpg");
    Files.write(path, face);
    server.enqueue(new MockResponse.Builder().code(201).body("{\"uuid\":\"e1\"}").build());

    t.runtime.execute("test.face", ApiOperation.builder(HttpMethod.POST, JSON).constantPath("/faces/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .upload(Base64JsonUpload.of("image", "image", FileUpload.of(path), LIMIT, Map.of("comment", "fraud \"x\"")))
        .build(), RequestOptions.none());

    RecordedRequest r = server.takeRequest();
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    String expected = "{\"image\":\"" + Base64.getEncoder().encodeToString(face) + "\",\"comment\":\"fraud \\\"x\\\"\"}";
    assertEquals(expected, r.getBody().utf8());
    assertEquals(String.valueOf(expected.length()), r.getHeaders().get("Content-Length"));
  }

  @Test
  void aBase64BodyFromAStreamWithoutOtherMembersIsChunkedAndExact() throws Exception {
    byte[] face = random(9_999, 7);
    server.enqueue(new MockResponse.Builder().code(201).body("{}").build());

    t.runtime.execute("test.face", ApiOperation.builder(HttpMethod.POST, JSON).constantPath("/faces/")
        .upload(Base64JsonUpload.of("image", "image",
            FileUpload.of(new ByteArrayInputStream(face), "f.jpg", "image/jpeg"), LIMIT, null))
        .build(), RequestOptions.none());

    RecordedRequest r = server.takeRequest();
    assertEquals("{\"image\":\"" + Base64.getEncoder().encodeToString(face) + "\"}", r.getBody().utf8());
    assertEquals("chunked", r.getHeaders().get("Transfer-Encoding"));
  }

  @Test
  void extraBodyPropertiesCannotBeMergedIntoAnUploadButExtraQueryParametersCan() throws Exception {
    ApiOperation<Map> op = post(Multipart.form().text("a", "b").build());
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> t.runtime.execute("t", op,
        RequestOptions.builder().bodyProperty("x", 1).build()));
    assertEquals("bodyProperties", e.problems().get(0).field());
    assertEquals(0, server.getRequestCount());

    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    t.runtime.execute("t", op, RequestOptions.builder().queryParam("debug", "1").build());
    assertEquals("/api/upload/?debug=1", server.takeRequest().getTarget());
  }

  @Test
  void theDefaultLimitIsDiditsImageLimit() {
    assertEquals(5L * 1024 * 1024, SdkDefaults.Limits.MAX_UPLOAD_BYTES);
  }

  static ApiOperation<Map> post(Multipart body) {
    return ApiOperation.builder(HttpMethod.POST, JSON).constantPath("/upload/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED).upload(body).build();
  }

  static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /** Serves bytes and records how they were read. */
  static final class RecordingStream extends InputStream {
    private final byte[] content;
    int total;
    int largestRead;
    boolean closed;

    RecordingStream(byte[] content) {
      this.content = content;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      largestRead = Math.max(largestRead, len);
      if (total >= content.length) {
        return -1;
      }
      int n = Math.min(len, content.length - total);
      System.arraycopy(content, total, b, off, n);
      total += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      closed = true;
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
