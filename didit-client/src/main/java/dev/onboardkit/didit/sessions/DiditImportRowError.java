package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import org.immutables.value.Value;

/**
 * One row of a bulk import that failed validation or processing, from
 * {@code GET /session/imports/{import_id}/errors/}.
 *
 * <p>Didit does not publish the shape of these rows, so every member (row number, column, message and the like) is in
 * {@link #additionalProperties()}, as sent.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditImportRowError.Builder.class)
public abstract class DiditImportRowError implements ApiObject {
  DiditImportRowError() {}
}
