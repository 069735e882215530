/**
 * OnboardKit testkit: in-process fake Klara and Didit servers with fault injection, and JUnit extensions that start
 * them. The {@code internal} package is not exported. JUnit Jupiter (5.10 or later) is needed only by the extensions
 * and is not brought along (not even to readers of this module): a test module that uses the extensions requires
 * {@code org.junit.jupiter.api} itself, as it does for {@code @Test}.
 */
module dev.onboardkit.testkit {
  requires transitive dev.onboardkit.core;
  requires static org.junit.jupiter.api;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires java.net.http;
  requires mockwebserver3;
  requires okhttp3;

  exports dev.onboardkit.testkit;
  exports dev.onboardkit.testkit.didit;
  exports dev.onboardkit.testkit.klara;
}
