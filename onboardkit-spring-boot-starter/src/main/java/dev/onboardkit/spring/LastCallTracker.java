package dev.onboardkit.spring;

import dev.onboardkit.core.event.CallFinished;
import dev.onboardkit.core.event.CallOutcome;
import dev.onboardkit.core.event.RequestListener;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the outcome of each vendor's last finished call (the vendor is the first segment of the operation id,
 * {@code klara} or {@code didit}), so that a health probe reports it without calling the vendor. A cancelled call
 * tells nothing about the vendor and is not recorded.
 */
final class LastCallTracker implements RequestListener {
  private final Map<String, LastCall> last = new ConcurrentHashMap<>();
  private final Clock clock;

  LastCallTracker(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void callFinished(CallFinished event) {
    if (event.outcome() == CallOutcome.CANCELLED) {
      return;
    }
    String operation = event.call().operation();
    int dot = operation.indexOf('.');
    String vendor = dot < 0 ? operation : operation.substring(0, dot);
    last.put(vendor, new LastCall(event, clock.instant()));
  }

  /**
   * Returns the health verdict for one vendor.
   *
   * @param vendor {@code klara} or {@code didit}
   * @return the verdict
   */
  Verdict verdict(String vendor) {
    LastCall call = last.get(vendor);
    Map<String, Object> details = new LinkedHashMap<>();
    if (call == null) {
      details.put("lastCall", "none yet");
      return new Verdict(true, details);
    }
    CallFinished e = call.event;
    details.put("lastCall", e.call().operation());
    details.put("outcome", e.outcome().tagValue());
    e.statusCode().ifPresent(status -> details.put("status", status));
    e.exceptionType().ifPresent(type -> details.put("exception", type.getSimpleName()));
    details.put("at", call.at.toString());
    return new Verdict(isUp(e), details);
  }

  /**
   * Down when the vendor could not be reached, answered with a server error, or rejected the credentials (401): each
   * means the next call is likely to fail too. Other client errors (404, 422, ...) concern one request, not the
   * vendor.
   */
  private static boolean isUp(CallFinished e) {
    switch (e.outcome()) {
      case CONNECTION_FAILURE:
      case TIMEOUT:
        return false;
      case API_ERROR:
        int status = e.statusCode().orElse(0);
        return status != 401 && status < 500;
      default:
        return true;
    }
  }

  /** The last call and when it finished. */
  private static final class LastCall {
    final CallFinished event;
    final Instant at;

    LastCall(CallFinished event, Instant at) {
      this.event = event;
      this.at = at;
    }
  }

  /** Whether a vendor looks up, with the details a health endpoint shows. */
  static final class Verdict {
    final boolean up;
    final Map<String, Object> details;

    Verdict(boolean up, Map<String, Object> details) {
      this.up = up;
      this.details = details;
    }
  }
}
