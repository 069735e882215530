package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bulk import job, from {@code /session/imports/}: its status and summary.
 *
 * <p>Didit does not publish this response's shape: the members declared are the request's, echoed, and the status and
 * summary its reference mentions; every other member is kept in {@link #additionalProperties()}. The job's identifier is
 * {@link #id()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditImport.Builder.class)
public abstract class DiditImport implements ApiObject {
  DiditImport() {}

  /**
   * Returns the job's {@code import_id} member.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> importId();

  /**
   * Returns the job's {@code uuid} member.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> uuid();

  /**
   * Returns the job's {@code id} member, as text.
   *
   * @return the id, if sent
   */
  @JsonProperty("id")
  public abstract Optional<String> idRaw();

  /**
   * Returns the job's status as sent, such as {@code completed}.
   *
   * @return the status, if sent
   */
  public abstract Optional<String> status();

  /**
   * Returns what the rows represent, as sent.
   *
   * @return the raw type, if sent
   */
  @JsonProperty("import_type")
  public abstract Optional<String> importTypeRaw();

  /**
   * Returns the file format, as sent.
   *
   * @return the raw format, if sent
   */
  @JsonProperty("source_format")
  public abstract Optional<String> sourceFormatRaw();

  /**
   * Returns the URL the file was read from.
   *
   * @return the URL, if sent
   */
  public abstract Optional<String> sourceFileUrl();

  /**
   * Returns the workflow imported sessions are associated with.
   *
   * @return the workflow id, if sent
   */
  public abstract Optional<String> workflowId();

  /**
   * Returns the job's summary (row counts and the like), as plain Java values.
   *
   * @return the summary; empty when not sent
   */
  @AllowNulls
  public abstract Map<String, Object> summary();

  /**
   * Returns the job's identifier, for {@code imports().retrieve} and {@code imports().errors}: {@link #importId()},
   * {@link #uuid()} or {@link #idRaw()}, the first the server sent (which name Didit uses is not published).
   *
   * @return the id, if the server sent one under any of those names
   */
  public Optional<String> id() {
    return importId().or(this::uuid).or(this::idRaw);
  }

  /**
   * Returns what the rows represent.
   *
   * @return the type; {@link DiditImportType#UNKNOWN} when absent or not known to this SDK
   */
  public DiditImportType importType() {
    return DiditImportType.fromWire(importTypeRaw().orElse(null));
  }

  /**
   * Returns the file format.
   *
   * @return the format; {@link DiditImportFormat#UNKNOWN} when absent or not known to this SDK
   */
  public DiditImportFormat sourceFormat() {
    return DiditImportFormat.fromWire(sourceFormatRaw().orElse(null));
  }
}
