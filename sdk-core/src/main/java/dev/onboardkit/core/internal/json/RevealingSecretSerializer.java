package dev.onboardkit.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.onboardkit.core.Secret;
import java.io.IOException;

/**
 * Writes a {@link Secret}'s value. Registered only on the SDK's own mapper ({@link SdkJson}), which writes request
 * bodies such as a login's password; every other mapper falls back to the {@code Secret}'s mask. A serialiser a module
 * registers takes precedence over the class's {@code @JsonValue}.
 */
final class RevealingSecretSerializer extends StdSerializer<Secret> {
  private static final long serialVersionUID = 1L;

  RevealingSecretSerializer() {
    super(Secret.class);
  }

  @Override
  public void serialize(Secret value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.reveal());
  }
}
