package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.core.internal.json.MaskedInJson;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An accepted document of an application, as listed by {@code GET /applications}. Its download URL is presigned and
 * short-lived (60 seconds); for a fresh one, call {@code applications().documents().retrieve(...)}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraApplicationDocument.Builder.class)
public abstract class KlaraApplicationDocument implements ApiObject {
  KlaraApplicationDocument() {}

  /**
   * Returns the document id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the id of the form field the document was uploaded for.
   *
   * @return the field id
   */
  public abstract Optional<String> fieldId();

  /**
   * Returns the file name.
   *
   * @return the file name
   */
  public abstract Optional<String> fileName();

  /**
   * Returns the review status as sent by the API.
   *
   * @return the raw status
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the review status.
   *
   * @return the status; {@link KlaraDocumentStatus#UNKNOWN} when absent or not known to this SDK
   */
  public KlaraDocumentStatus status() {
    return KlaraDocumentStatus.fromWire(statusRaw().orElse(null));
  }

  /**
   * Returns the presigned download URL, valid for 60 seconds. It grants access by itself, so it is masked in
   * {@code toString()} and written as {@code "****"} by any Jackson mapper.
   *
   * @return the URL
   */
  @Value.Redacted
  @MaskedInJson
  public abstract Optional<URI> downloadUrl();
}
