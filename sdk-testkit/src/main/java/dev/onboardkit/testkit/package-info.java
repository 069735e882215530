/** In-process fake Klara and Didit servers (filled in by the testkit issue). */
package dev.onboardkit.testkit;
