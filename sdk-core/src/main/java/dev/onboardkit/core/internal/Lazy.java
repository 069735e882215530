package dev.onboardkit.core.internal;

import java.util.function.Supplier;

/**
 * A value computed on first use, at most once, and shared by every thread after that. Clients hold their services
 * this way so that a client built for one family of endpoints loads no classes of the others (start-up time).
 * Internal.
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> implements Supplier<T> {
  private volatile Supplier<? extends T> factory;
  private volatile T value;

  private Lazy(Supplier<? extends T> factory) {
    this.factory = factory;
  }

  /**
   * Returns a value that {@code factory} computes on the first {@link #get()}.
   *
   * @param factory computes the value; it must not return null
   * @param <T> the type of the value
   * @return the lazy value
   */
  public static <T> Lazy<T> of(Supplier<? extends T> factory) {
    return new Lazy<>(factory);
  }

  @Override
  public T get() {
    T result = value;
    if (result != null) {
      return result;
    }
    synchronized (this) {
      if (value == null) {
        value = factory.get();
        factory = null;
      }
      return value;
    }
  }
}
