package dev.onboardkit.reliability;

import static dev.onboardkit.reliability.HostileOutcomes.MAX_RAW_BODY;
import static dev.onboardkit.reliability.HostileResponseGenerator.TEN_MB;
import static dev.onboardkit.reliability.HostileResponseGenerator.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.SdkDefaults;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.klara.KlaraClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Item 4, hostile responses over real sockets (MockWebServer, the OkHttp transport), for what only a socket can send:
 * gzip lies, a gzip bomb, a 10 MB error body, a 17 MiB success body, a body cut short and status 999. Each call ends
 * in a bounded SDK exception.
 */
class HostileSocketResponsesTest {
  static byte[] gzip(byte[] data, int repeat) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      for (int i = 0; i < repeat; i++) {
        gz.write(data);
      }
    }
    return out.toByteArray();
  }

  /** Runs one Klara GET and one Didit GET against a MockWebServer answering {@code response} to both. */
  static List<Throwable> againstSocket(MockResponse response) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
      server.enqueue(response);
      server.enqueue(response);
      String base = "http://127.0.0.1:" + server.getPort();
      List<Throwable> errors = new ArrayList<>();
      try (KlaraClient klara = KlaraClient.builder().baseUrl(URI.create(base + "/api/external"))
              .apiKey("klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF").maxRetries(0).build();
          DiditAuthClient didit = DiditAuthClient.builder().baseUrl(URI.create(base + "/auth/v2"))
              .accessToken("socket.access.token").maxRetries(0).build()) {
        errors.add(assertThrows(OnboardKitException.class, () -> klara.applications().retrieve("app-1")));
        errors.add(assertThrows(OnboardKitException.class, () -> didit.organizations().list()));
      }
      assertEquals(2, server.getRequestCount());
      return errors;
    }
  }

  @Test
  void overRealSocketsGzipLiesGzipBombsHugeAndCutBodiesGiveBoundedSdkExceptions() throws Exception {
    List<String> lines = new ArrayList<>();
    byte[] notGzip = utf8("{\"application_id\":\"x\"} this is not gzip at all");

    for (Throwable t : againstSocket(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(notGzip)).build())) {
      ResponseDecodingException e = assertInstanceOf(ResponseDecodingException.class, t);
      assertEquals(200, e.statusCode());
      assertTrue(e.getMessage().contains("could not be read to the end"), e.getMessage());
    }
    lines.add("gzip lie on 200: ResponseDecodingException x2");

    for (Throwable t : againstSocket(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(notGzip)).build())) {
      InternalServerException e = assertInstanceOf(InternalServerException.class, t);
      assertEquals(502, e.statusCode());
      assertTrue(e.rawBody().length() <= MAX_RAW_BODY);
    }
    lines.add("gzip lie on 502: InternalServerException x2");

    byte[] bomb = gzip(new byte[1024 * 1024], 64);
    for (Throwable t : againstSocket(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(bomb)).build())) {
      ResponseDecodingException e = assertInstanceOf(ResponseDecodingException.class, t);
      assertTrue(e.getMessage().contains("larger than " + SdkDefaults.Limits.MAX_RESPONSE_BYTES), e.getMessage());
    }
    for (Throwable t : againstSocket(new MockResponse.Builder().code(500).setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(bomb)).build())) {
      InternalServerException e = assertInstanceOf(InternalServerException.class, t);
      assertEquals(MAX_RAW_BODY, e.rawBody().length(), "the error body is read up to 64 KiB only");
    }
    lines.add("gzip bomb (" + bomb.length + " bytes inflating to 64 MiB): 200 -> ResponseDecodingException 'larger"
        + " than 4 MiB' x2, 500 -> InternalServerException with rawBody 65536 chars x2");

    String tenMb = "{\"error\":\"" + "E".repeat(TEN_MB) + "\"}";
    for (Throwable t : againstSocket(new MockResponse.Builder().code(503).setHeader("Content-Type", "application/json")
        .body(tenMb).build())) {
      InternalServerException e = assertInstanceOf(InternalServerException.class, t);
      assertEquals(MAX_RAW_BODY, e.rawBody().length());
      assertTrue(e.getMessage().length() < 1024, e.getMessage().length() + "");
    }
    lines.add("10 MB error body: InternalServerException, rawBody 65536 chars, message < 1 KiB x2");

    byte[] seventeen = new byte[17 * 1024 * 1024];
    Arrays.fill(seventeen, (byte) ' ');
    seventeen[0] = '[';
    seventeen[seventeen.length - 1] = ']';
    for (Throwable t : againstSocket(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(new Buffer().write(seventeen)).build())) {
      ResponseDecodingException e = assertInstanceOf(ResponseDecodingException.class, t);
      assertTrue(e.getMessage().contains("larger than " + SdkDefaults.Limits.MAX_RESPONSE_BYTES), e.getMessage());
      assertTrue(e.bodySnippet().length() <= ResponseDecodingException.MAX_SNIPPET_CHARS);
    }
    lines.add("17 MiB success body: ResponseDecodingException 'larger than 4 MiB' x2");

    for (Throwable t : againstSocket(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"uuid\":\"" + "u".repeat(100_000) + "\"}")
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build())) {
      // A GET whose body the connection cut short is a connection failure, with nothing decoded.
      ApiConnectionException e = assertInstanceOf(ApiConnectionException.class, t);
      assertTrue(e.requestSent());
      assertFalse(e.outcomeUnknown());
      assertEquals(1, e.attempts());
      assertTrue(e.getMessage().contains("the connection failed while the response body was read"), e.getMessage());
    }
    lines.add("body cut short by the server: ApiConnectionException (connection failed while the body was read) x2");

    for (Throwable t : againstSocket(new MockResponse.Builder().code(999).setHeader("Content-Type", "text/html")
        .body("<html><title>Weird status</title></html>").build())) {
      InternalServerException e = assertInstanceOf(InternalServerException.class, t);
      assertEquals(999, e.statusCode());
      assertEquals("Weird status", e.error().message());
    }
    lines.add("status 999 with an HTML page: InternalServerException x2");

    Figures.report(String.join("; ", lines));
  }
}
