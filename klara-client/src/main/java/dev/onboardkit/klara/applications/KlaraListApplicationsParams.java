package dev.onboardkit.klara.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.RequestStyle;
import org.immutables.value.Value;

/**
 * Filters and page size for {@code GET /applications}. All optional (null means not set, and the parameter is not
 * sent); {@code build()} checks that {@code limit} is within 1..100, that {@code status} is a known status and that a
 * cursor is a single line of at most {@value #MAX_CURSOR_LENGTH} characters.
 *
 * <p>The status filter is open: a status this SDK does not know yet (the API already mentions {@code cancelled},
 * which its status list lacks) is given as a raw string with {@code statusRaw("cancelled")}, and sent exactly as
 * given. Set either {@code status} or {@code statusRaw}, not both.
 *
 * <p>Cursors are opaque: take them from a page's {@code nextCursor()}. The pages that {@code autoPager()},
 * {@code stream()} and {@code nextPage()} fetch pass the server's cursor through unchanged, whatever its length.
 */
@Value.Immutable
@RequestStyle
public abstract class KlaraListApplicationsParams {
  /** The smallest page size. */
  public static final int MIN_LIMIT = 1;
  /** The largest page size. */
  public static final int MAX_LIMIT = 100;
  /** The longest cursor accepted from the caller; cursors the auto-pager follows are not limited. */
  public static final int MAX_CURSOR_LENGTH = 8192;

  KlaraListApplicationsParams() {}

  /**
   * Returns the status to filter by.
   *
   * @return the status; null when not set (then {@link #statusRaw()} applies, if set)
   */
  public abstract @Nullable KlaraApplicationStatus status();

  /**
   * Returns the status to filter by as a raw wire value, for a status this SDK does not know, such as
   * {@code cancelled}. Sent exactly as given.
   *
   * @return the raw status; null when not set (then {@link #status()} applies, if set)
   */
  public abstract @Nullable String statusRaw();

  /**
   * Returns the page size, 1..100 (server default 50).
   *
   * @return the page size; null when not set (the server default applies)
   */
  public abstract @Nullable Integer limit();

  /**
   * Returns the cursor to start from, taken from a previous page's {@code nextCursor}.
   *
   * @return the cursor; null for the first page
   */
  public abstract @Nullable String cursor();

  /**
   * Returns the status value sent as the {@code status} query parameter.
   *
   * @return {@link #statusRaw()} if set, otherwise the wire value of {@link #status()}; null when neither is set
   */
  public @Nullable String statusWireValue() {
    String raw = statusRaw();
    if (raw != null) {
      return raw;
    }
    KlaraApplicationStatus status = status();
    return status == null ? null : status.wireValue();
  }

  /**
   * Returns parameters with nothing set: the first page of all applications, server default size.
   *
   * @return the empty parameters
   */
  public static KlaraListApplicationsParams none() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy starting at another cursor, such as a page's {@code nextCursor()}.
   *
   * @param cursor the cursor, or null for the first page
   * @return the copy
   * @throws dev.onboardkit.core.error.InvalidRequestException if the cursor is blank, spans lines or is longer than
   *     {@value #MAX_CURSOR_LENGTH} characters
   */
  public KlaraListApplicationsParams withCursor(@Nullable String cursor) {
    return builder().from(this).cursor(cursor).build();
  }

  /** Builds {@link KlaraListApplicationsParams}; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableKlaraListApplicationsParams.Builder {
    Builder() {}
  }

  @Value.Check
  void validate() {
    Problems problems = new Problems();
    if (status() == KlaraApplicationStatus.UNKNOWN) {
      problems.add("status", "must be a known status, not UNKNOWN");
    }
    String raw = statusRaw();
    if (raw != null && problems.checkText("statusRaw", raw, MAX_CURSOR_LENGTH, false) && raw.isBlank()) {
      problems.add("statusRaw", "must not be blank");
    }
    if (raw != null && status() != null) {
      problems.add("statusRaw", "must not be set together with status: set one of them");
    }
    Integer limit = limit();
    if (limit != null && (limit < MIN_LIMIT || limit > MAX_LIMIT)) {
      problems.add("limit", "must be between " + MIN_LIMIT + " and " + MAX_LIMIT);
    }
    String cursor = cursor();
    if (cursor != null && problems.checkText("cursor", cursor, MAX_CURSOR_LENGTH, false) && cursor.isBlank()) {
      problems.add("cursor", "must not be blank");
    }
    problems.throwIfAny();
  }
}
