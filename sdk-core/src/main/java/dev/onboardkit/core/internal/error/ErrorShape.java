package dev.onboardkit.core.internal.error;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How one API lays out the JSON objects of its error bodies: which members hold the summary, a machine-readable code,
 * field errors and a requested wait. Each client module supplies its vendor's shape through its
 * {@link dev.onboardkit.core.internal.VendorProfile}; sdk-core reads no envelope by itself.
 *
 * <p>Everything else is the same for every API and stays in {@link ErrorBodyDecoder}: parsing with limits, empty,
 * text and HTML bodies, a bare JSON array (a list of messages), a JSON string, the summary made from the collected
 * messages when the shape found none, and every bound.
 */
@FunctionalInterface
public interface ErrorShape {
  /** Reads no member: the summary comes from the collected messages, of which there are none. */
  ErrorShape NONE = (object, parts) -> {};

  /**
   * Reads an error body that is a JSON object into {@code parts}. An exception thrown here makes the decoder fall
   * back to a text summary of the body, so a shape need not guard against every odd value.
   *
   * @param object the parsed body, a JSON object
   * @param parts collects the summary, code, wait and messages
   */
  void read(JsonNode object, ErrorBodyParts parts);

  /**
   * Returns whether a wait this shape reads from the body outranks the {@code Retry-After-Ms} and {@code Retry-After}
   * headers when a response carries both. By default the headers win, as HTTP intends; a vendor whose body wait is its
   * own, more specific signal (Didit's {@code wait}) says so here. {@link dev.onboardkit.core.internal.retry.RetryAfter}
   * applies the order.
   *
   * @return true if the body's wait is preferred
   */
  default boolean bodyWaitFirst() {
    return false;
  }
}
