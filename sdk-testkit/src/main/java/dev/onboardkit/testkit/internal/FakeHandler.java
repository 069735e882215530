package dev.onboardkit.testkit.internal;

/** Turns a request into a response; implemented by each fake. Not API. */
@FunctionalInterface
public interface FakeHandler {
  /**
   * Handles one request. Called concurrently; implementations synchronise their own state.
   *
   * @param request the request
   * @return the response
   */
  FakeResponse handle(FakeRequest request);
}
