package dev.onboardkit.core.support;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;

/** A small response/request type used by the core tests (snake_case on the wire). */
public final class Widget {
  private final String widgetId;
  private final Instant createdAt;
  private final Optional<String> note;

  @JsonCreator
  public Widget(
      @JsonProperty("widget_id") String widgetId,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("note") Optional<String> note) {
    this.widgetId = widgetId;
    this.createdAt = createdAt;
    this.note = note == null ? Optional.empty() : note;
  }

  public String getWidgetId() {
    return widgetId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Optional<String> getNote() {
    return note;
  }
}
