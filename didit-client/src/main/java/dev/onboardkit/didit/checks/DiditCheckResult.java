package dev.onboardkit.didit.checks;

import dev.onboardkit.core.json.ApiObject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What every standalone check answers besides its report: the request id, your identifier for the user, the metadata
 * and when it ran.
 *
 * <p>With {@code save_api_request} true (Didit's default) the call is kept as a session, and {@link #requestId()} is
 * that session's id: pass it to {@code client.sessions().decision(...)}. With false, nothing is stored and the id is a
 * one-off correlation id.
 */
public interface DiditCheckResult extends ApiObject {
  /**
   * Returns the request's id: the session id when the call was saved.
   *
   * @return the id
   */
  String requestId();

  /**
   * Returns your identifier for the user, as sent.
   *
   * @return the vendor data, if sent
   */
  Optional<String> vendorData();

  /**
   * Returns the metadata, as plain Java values.
   *
   * @return the metadata; empty when null or not sent
   */
  Map<String, Object> metadata();

  /**
   * Returns when the check ran.
   *
   * @return the time, if sent
   */
  Optional<Instant> createdAt();
}
