package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.core.internal.json.MaskedInJson;
import java.net.URI;
import org.immutables.value.Value;

/** A download link for one document, from {@code GET /applications/{id}/documents/{docId}}. */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraDocumentDownload.Builder.class)
public abstract class KlaraDocumentDownload implements ApiObject {
  KlaraDocumentDownload() {}

  /**
   * Returns the presigned download URL, valid for one hour. It grants access by itself, so it is masked in
   * {@code toString()} and written as {@code "****"} by any Jackson mapper.
   *
   * @return the URL
   */
  @Value.Redacted
  @MaskedInJson
  public abstract URI url();

  /**
   * Returns the file name.
   *
   * @return the file name
   */
  public abstract String fileName();

  /**
   * Returns the MIME type, such as {@code application/pdf}.
   *
   * @return the file type
   */
  public abstract String fileType();
}
