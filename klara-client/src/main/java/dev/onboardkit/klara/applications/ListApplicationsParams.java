package dev.onboardkit.klara.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.RequestStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters and page size for {@code GET /applications}. All optional; {@code build()} checks that {@code limit} is
 * within 1..100 and that {@code status} is a known status.
 */
@Value.Immutable
@RequestStyle
public abstract class ListApplicationsParams {
  /** The smallest page size. */
  public static final int MIN_LIMIT = 1;
  /** The largest page size. */
  public static final int MAX_LIMIT = 100;

  ListApplicationsParams() {}

  /**
   * Returns the status to filter by.
   *
   * @return the status, if filtering
   */
  public abstract Optional<ApplicationStatus> status();

  /**
   * Returns the page size, 1..100 (server default 50).
   *
   * @return the page size, if set
   */
  public abstract Optional<Integer> limit();

  /**
   * Returns the cursor to start from, taken from a previous page's {@code nextCursor}.
   *
   * @return the cursor, if set
   */
  public abstract Optional<String> cursor();

  /**
   * Returns parameters with nothing set: the first page of all applications, server default size.
   *
   * @return the empty parameters
   */
  public static ListApplicationsParams none() {
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
   * Returns a copy starting at another cursor.
   *
   * @param cursor the cursor
   * @return the copy
   */
  public ListApplicationsParams withCursor(@Nullable String cursor) {
    return builder().from(this).cursor(Optional.ofNullable(cursor)).build();
  }

  /** Builds {@link ListApplicationsParams}; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableListApplicationsParams.Builder {
    Builder() {}
  }

  @Value.Check
  void validate() {
    Problems problems = new Problems();
    if (status().orElse(null) == ApplicationStatus.UNKNOWN) {
      problems.add("status", "must be a known status, not UNKNOWN");
    }
    limit().ifPresent(limit -> {
      if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
        problems.add("limit", "must be between " + MIN_LIMIT + " and " + MAX_LIMIT);
      }
    });
    cursor().ifPresent(cursor -> {
      if (problems.checkText("cursor", cursor, 2048, false) && cursor.isBlank()) {
        problems.add("cursor", "must not be blank");
      }
    });
    problems.throwIfAny();
  }
}
