package dev.onboardkit.core.internal;

/** Forces a class's static initialiser to run, for the internal bridges that API classes register in theirs. */
public final class Initialise {
  private Initialise() {}

  /**
   * Initialises a class if it is not yet initialised.
   *
   * @param type the class
   */
  public static void force(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Cannot initialise " + type.getName(), e);
    }
  }
}
