/** Runnable examples (filled in by the examples issue). */
package dev.onboardkit.examples;
