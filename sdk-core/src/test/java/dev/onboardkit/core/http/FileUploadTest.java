package dev.onboardkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileUploadTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"selfie.jpg,image/jpeg", "SCAN.JPEG,image/jpeg", "a.png,image/png", "a.webp,image/webp",
      "a.tif,image/tiff", "a.TIFF,image/tiff", "bill.pdf,application/pdf", "a.gif,image/gif", "a.heic,image/heic",
      "a.bmp,application/octet-stream", "noextension,application/octet-stream", "archive.tar.gz,application/octet-stream"})
  void aPathIsNamedAsItsLastElementAndTypedByItsExtension(String name, String type) {
    FileUpload upload = FileUpload.of(dir.resolve("private").resolve(name));
    assertEquals(name, upload.fileName());
    assertEquals(type, upload.mediaType());
    assertTrue(upload.isReplayable());
  }

  @Test
  void eachSourceReportsItsSizeAndWhetherItCanBeSentAgain() throws Exception {
    Path path = Files.write(dir.resolve("a.jpg"), new byte[1234]);
    assertEquals(OptionalLong.of(1234), FileUpload.of(path).size());
    assertEquals(OptionalLong.empty(), FileUpload.of(dir.resolve("missing.jpg")).size());
    assertEquals(OptionalLong.of(3), FileUpload.of(new byte[3], "a", "image/png").size());
    FileUpload stream = FileUpload.of(InputStream.nullInputStream(), "a", "image/png");
    assertEquals(OptionalLong.empty(), stream.size());
    assertFalse(stream.isReplayable());
    assertEquals(OptionalLong.of(0), FileUpload.of(InputStream.nullInputStream(), "a", "image/png", 0).size());
  }

  @Test
  void toStringShowsTheFileNameTypeAndSizeButNotTheDirectoriesOrContent() throws Exception {
    Path path = Files.write(dir.resolve("passport.jpg"), "SECRET-CONTENT".getBytes());
    assertEquals("FileUpload{passport.jpg, image/jpeg, 14 bytes}", FileUpload.of(path).toString());
    assertEquals("FileUpload{me.webp, image/webp, size unknown, stream}",
        FileUpload.of(new ByteArrayInputStream("SECRET".getBytes()), "me.webp", "image/webp").toString());
  }

  @Test
  void badArgumentsAreReportedTogetherAsAnInvalidRequestNeverANullPointer() {
    assertEquals(List.of("path is required", "mediaType is required"), problems(() -> FileUpload.of(null, null)));
    assertEquals(List.of("path is required"), problems(() -> FileUpload.of((Path) null)));
    assertEquals(List.of("bytes is required", "fileName is required", "mediaType must be a media type such as image/jpeg"),
        problems(() -> FileUpload.of((byte[]) null, null, "jpeg")));
    assertEquals(List.of("stream is required", "fileName must not contain line breaks or control characters"),
        problems(() -> FileUpload.of((InputStream) null, "a\r\nb.jpg", "image/jpeg")));
    assertEquals(List.of("size must be zero or more"),
        problems(() -> FileUpload.of(InputStream.nullInputStream(), "a.jpg", "image/jpeg", -1)));
    assertEquals(List.of("fileName must not be blank"), problems(() -> FileUpload.of(new byte[1], " ", "image/png")));
    assertEquals(List.of("path must name a file"), problems(() -> FileUpload.of(dir.getRoot())));
  }

  private static List<String> problems(Runnable call) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, call::run);
    return e.problems().stream().map(ValidationProblem::toString).collect(Collectors.toList());
  }
}
