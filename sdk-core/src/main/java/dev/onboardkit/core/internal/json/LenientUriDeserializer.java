package dev.onboardkit.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes URIs leniently. Servers treat links as opaque and sometimes send characters a strict {@link URI} refuses
 * (a space, {@code |}); those are percent-encoded instead of failing the whole response, which for a create would
 * hide that the record exists.
 */
final class LenientUriDeserializer extends JsonDeserializer<URI> {
  @Override
  public URI deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (URI) ctxt.handleUnexpectedToken(URI.class, p);
    }
    String text = p.getText().strip();
    try {
      return new URI(text);
    } catch (URISyntaxException first) {
      try {
        return new URI(escape(text));
      } catch (URISyntaxException e) {
        return (URI) ctxt.handleWeirdStringValue(URI.class, "not a URI", "invalid URI");
      }
    }
  }

  /** Percent-encodes every character a URI may not contain as is; leaves existing escapes and delimiters alone. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean allowed = c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0;
      if (allowed) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
