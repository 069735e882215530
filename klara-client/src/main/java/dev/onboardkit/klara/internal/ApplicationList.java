package dev.onboardkit.klara.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.klara.applications.KlaraApplicationSummary;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The wire shape of {@code GET /applications}; users see it as a {@code CursorPage}. */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableApplicationList.Builder.class)
abstract class ApplicationList {
  abstract List<KlaraApplicationSummary> applications();

  @Value.Default
  boolean hasMore() {
    return false;
  }

  abstract Optional<String> nextCursor();
}
