package dev.onboardkit.didit.decisions;

import dev.onboardkit.core.json.ApiObject;
import java.util.List;
import java.util.Optional;

/**
 * What every check item of a decision carries ({@code id_verifications[]}, {@code liveness_checks[]}, ...): its own
 * status, the workflow node that produced it, the warnings raised for it, and the members this SDK does not type.
 *
 * <p>Media URLs in check items (document images, selfies, videos, PDFs) are short-lived presigned links, valid about
 * 60 minutes: download them promptly or fetch the decision again for fresh ones, and do not store them as lasting
 * references. They grant access by themselves, so they are masked in {@code toString()}.
 */
public interface DiditCheck extends ApiObject {
  /**
   * Returns the check's status as sent, such as {@code "In Review"}.
   *
   * @return the raw status, if sent
   */
  Optional<String> statusRaw();

  /**
   * Returns the check's status, independent of the session's.
   *
   * @return the status; {@link DiditCheckStatus#UNKNOWN} when absent or not known to this SDK
   */
  default DiditCheckStatus status() {
    return DiditCheckStatus.fromWire(statusRaw().orElse(null));
  }

  /**
   * Returns the workflow graph node that produced this item, to tell apart two runs of the same feature and to name
   * a step in {@code nodes_to_resubmit}.
   *
   * @return the node id; empty for legacy single-feature sessions
   */
  Optional<String> nodeId();

  /**
   * Returns the risk signals raised for this check.
   *
   * @return the warnings; empty when none
   */
  List<DiditWarning> warnings();
}
