package dev.onboardkit.core.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.NullArgumentException;

/** Argument checks that fail with the SDK's exception, never a {@code NullPointerException}. */
public final class Arguments {
  private Arguments() {}

  /**
   * Returns {@code value}, or throws {@link NullArgumentException} naming the parameter.
   *
   * @param value the argument
   * @param name the parameter name
   * @param <T> its type
   * @return the argument
   * @throws NullArgumentException if {@code value} is null
   */
  public static <T> T required(@Nullable T value, String name) {
    if (value == null) {
      throw new NullArgumentException(name);
    }
    return value;
  }
}
