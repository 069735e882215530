package dev.onboardkit.reliability;

/**
 * Deterministic pseudo-random numbers from a seed and two coordinates (SplitMix64's finaliser), so a fault plan is a
 * pure function of (call, attempt): the same calls are faulted whatever the thread interleaving.
 */
final class Mix {
  private Mix() {}

  /** Returns a value in [0, 1) for {@code (seed, a, b)}. */
  static double unit(long seed, long a, long b) {
    long z = seed + a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }
}
