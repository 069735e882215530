package dev.onboardkit.didit.customization;

import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.body;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.support.MultipartParts;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomizationServiceTest {
  /** {@code GET /customization/} 200, the API reference's example, plus a member this SDK does not know. */
  static final String BRANDING = "{\"color_primary\":\"#000000\",\"color_secondary\":\"#9DA1A1\","
      + "\"color_background\":\"#FFFFFF\",\"color_panel\":\"#2567FF\",\"color_panel_10\":\"#1A1A1A\","
      + "\"color_on_panel_1\":\"#9DA1A1\",\"color_on_panel_2\":\"#F4F4F6\",\"color_on_background\":\"#000000\","
      + "\"color_button_1\":\"#2567FF\",\"color_button_2\":\"#F8F8F8\",\"color_button_text_1\":\"#FFFFFF\","
      + "\"color_button_text_2\":\"#000000\",\"color_pill_text\":\"#111827\",\"border_radius_panel\":10,"
      + "\"border_radius_buttons\":12,\"font_family\":\"Inter\",\"font_weight\":\"regular\","
      + "\"font_url\":\"https://fonts.googleapis.com/css2?family=Inter\",\"logo_square\":null,"
      + "\"logo_rectangular\":null,\"favicon\":null,\"app_public_name\":\"Acme Verify\","
      + "\"privacy_policy_url\":\"https://acme.com/privacy\",\"skip_welcome_screen\":false,"
      + "\"disable_login_with_didit\":false,\"hide_progress_bar\":false,\"callback_seconds\":3,"
      + "\"color_toast\":\"#00FF00\"}";

  private final MockWebServer server = new MockWebServer();
  private DiditClient client;
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = new VerificationClients().builder(server).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private RecordedRequest take() throws InterruptedException {
    return VerificationClients.take(server);
  }

  @Test
  void retrieveDecodesTheBranding() throws Exception {
    server.enqueue(json(200, BRANDING));
    DiditCustomization branding = client.customization().retrieve();
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/customization/", r.getTarget());
    assertEquals("#000000", branding.colorPrimary().orElseThrow());
    assertEquals("#1A1A1A", branding.colorPanel10().orElseThrow());
    assertEquals("#111827", branding.colorPillText().orElseThrow());
    assertEquals(12, branding.borderRadiusButtons().orElseThrow());
    assertEquals("Inter", branding.fontFamily().orElseThrow());
    assertTrue(branding.logoSquare().isEmpty());
    assertEquals("Acme Verify", branding.appPublicName().orElseThrow());
    assertEquals(false, branding.skipWelcomeScreen().orElseThrow());
    assertEquals(3, branding.callbackSeconds().orElseThrow());
    assertEquals(Map.of("color_toast", "#00FF00"), branding.additionalProperties());
  }

  @Test
  void updateSendsOnlyTheMembersSetAsJsonAndIsRetriedLikeARead() throws Exception {
    server.enqueue(json(502, "{\"detail\":\"bad gateway\"}"));
    server.enqueue(json(200, BRANDING));
    client.customization().update(DiditCustomizationUpdate.builder().colorPrimary("#123456").fontFamily("AR One Sans")
        .borderRadiusButtons(16).skipWelcomeScreen(true).colorButton1("#12345678").deleteFavicon(true).build());

    for (int i = 0; i < 2; i++) {
      RecordedRequest r = take();
      assertEquals("PATCH", r.getMethod());
      assertEquals("/v3/customization/", r.getTarget());
      assertEquals("{\"color_primary\":\"#123456\",\"font_family\":\"AR One Sans\",\"border_radius_buttons\":16,"
          + "\"skip_welcome_screen\":true,\"color_button_1\":\"#12345678\",\"delete_favicon\":true}", body(r));
    }
  }

  @Test
  void colorsMustBeInTheDocumentedHexFormats() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditCustomizationUpdate.builder()
        .colorPrimary("red").colorPanel10("#12345").colorPillText("#GGGGGG").colorBackground("#abcdef").build());
    assertEquals(List.of("colorPrimary must be a hex color, #RRGGBB or #RRGGBBAA",
        "colorPanel10 must be a hex color, #RRGGBB or #RRGGBBAA",
        "colorPillText must be a hex color, #RRGGBB or #RRGGBBAA"), messages(e));
  }

  @Test
  void logosAreUploadedAsAMultipartPatchWithTheirPartNames() throws Exception {
    byte[] square = new byte[2048];
    new java.util.Random(3).nextBytes(square);
    Path favicon = Files.write(dir.resolve("favicon.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    server.enqueue(json(200, BRANDING.replace("\"logo_square\":null", "\"logo_square\":\"https://cdn.didit.me/sq.png\"")));

    DiditCustomization after = client.customization().updateImages(DiditBrandingImages.builder()
        .imageFavicon(FileUpload.of(favicon))
        .imageSquare(FileUpload.of(square, "logo.webp", "image/webp")).build());

    RecordedRequest r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v3/customization/", r.getTarget());
    List<MultipartParts.Part> parts = MultipartParts.of(r);
    assertEquals("[image_square=logo.webp (image/webp, 2048 bytes), image_favicon=favicon.png (image/png, 4 bytes)]",
        parts.toString());
    assertArrayEquals(square, parts.get(0).bytes.toByteArray());
    assertArrayEquals(Files.readAllBytes(favicon), parts.get(1).bytes.toByteArray());
    assertEquals("https://cdn.didit.me/sq.png", after.logoSquare().orElseThrow());
  }

  @Test
  void logoUploadsNeedOneImageWithinItsLimitAndAStreamIsNotSentTwice() {
    assertEquals(List.of("imageSquare or imageRectangular or imageFavicon is required: set at least one image"),
        messages(assertThrows(InvalidRequestException.class, () -> DiditBrandingImages.builder().build())));
    assertEquals(List.of("imageRectangular must be at most 1048576 bytes (it has 1048577)",
        "imageFavicon must be at most 512000 bytes (it has 512001)"), messages(assertThrows(
            InvalidRequestException.class, () -> DiditBrandingImages.builder()
                .imageRectangular(FileUpload.of(new byte[1024 * 1024 + 1], "wide.png", "image/png"))
                .imageFavicon(FileUpload.of(new byte[500 * 1024 + 1], "f.png", "image/png")).build())));

    server.enqueue(json(503, "{\"detail\":\"busy\"}"));
    server.enqueue(json(200, BRANDING));
    ApiException e = assertThrows(ApiException.class, () -> client.customization().updateImages(DiditBrandingImages
        .builder().imageSquare(FileUpload.of(new ByteArrayInputStream(new byte[] {1, 2}), "a.png", "image/png"))
        .build()));
    assertEquals(503, e.statusCode());
    assertEquals(1, server.getRequestCount());
  }

  static List<String> messages(InvalidRequestException e) {
    return e.problems().stream().map(ValidationProblem::toString).collect(Collectors.toList());
  }
}
