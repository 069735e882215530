package dev.onboardkit.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes {@code "****"} in place of a secret-bearing value, or {@code null} for an empty {@link Optional}; see
 * {@link MaskedInJson}. Public with a public constructor because Jackson instantiates it from the annotation, under
 * whatever mapper serialises the value.
 */
public final class MaskingSerializer extends StdSerializer<Object> {
  /** The text written in place of the value, the same mask {@code toString()} shows for redacted attributes. */
  public static final String MASK = "****";

  private static final long serialVersionUID = 1L;

  /** Creates the serialiser; Jackson calls this. */
  public MaskingSerializer() {
    super(Object.class);
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, Object value) {
    return value instanceof Optional && ((Optional<?>) value).isEmpty();
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (isEmpty(provider, value)) {
      gen.writeNull();
    } else {
      gen.writeString(MASK);
    }
  }
}
