package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.didit.DiditSubjectStore.Kind;
import dev.onboardkit.testkit.internal.Json;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs a bulk import job of the fake at once: reads the file the test hosted at its URL (CSV with a header row, or
 * NDJSON), checks each row against the canonical columns and applies the valid ones. Called under the store's lock.
 *
 * <ul>
 *   <li>{@code user_verification}: {@code vendor_data} and {@code status} ({@code Approved}, {@code Declined} or
 *       {@code In Review}) are required, {@code date_of_birth} is {@code YYYY-MM-DD}; each valid row becomes a
 *       completed session of the job's workflow (or the default one), without a webhook, and its user.
 *   <li>{@code business_verification}: {@code vendor_data} and {@code status} required, {@code country_code}
 *       alpha-2; each valid row creates or updates the business.
 *   <li>{@code status_rules}, {@code transactions}: rows are counted as imported; the fake does not model them.
 * </ul>
 * A URL the test did not host fails the whole job, as a download error would.
 */
final class DiditImportProcessor {
  /** The canonical columns, in template order (inferred: Didit does not publish them). */
  static final List<String> USER_COLUMNS = List.of("vendor_data", "status", "first_name", "last_name",
      "date_of_birth", "document_type", "document_number", "issuing_state", "provider");
  static final List<String> BUSINESS_COLUMNS = List.of("vendor_data", "status", "legal_name", "registration_number",
      "country_code", "provider");
  private static final List<String> STATUSES = List.of("Approved", "Declined", "In Review");
  private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

  private final DiditVerificationStore store;

  DiditImportProcessor(DiditVerificationStore store) {
    this.store = store;
  }

  /** The template {@code GET /session/imports/template/} answers: the user columns and one example row. */
  static String template() {
    return String.join(",", USER_COLUMNS) + "\n"
        + "user-123,Approved,Ana,García,1990-05-15,ID,CAA000000,ESP,generic\n";
  }

  void run(StoredImport job) {
    String content = store.imports.hosted(job.sourceFileUrl);
    if (content == null) {
      job.status = "failed";
      job.failure = "Could not download the source file: 404 Not Found.";
      job.completedAt = store.clock.instant();
      return;
    }
    List<String> lines = content.lines().collect(java.util.stream.Collectors.toList());
    List<String> header = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int rowNumber = i + 1;
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> row;
      if (job.sourceFormat.equals("ndjson")) {
        row = ndjsonRow(line);
        if (row == null) {
          error(job, rowNumber, null, "Invalid JSON: expected one object per line.");
          job.totalRows++;
          continue;
        }
      } else if (header == null) {
        header = List.of(line.strip().split(",", -1));
        continue;
      } else {
        String[] values = line.strip().split(",", -1);
        if (values.length != header.size()) {
          job.totalRows++;
          error(job, rowNumber, null, "Expected " + header.size() + " columns, got " + values.length + ".");
          continue;
        }
        row = new LinkedHashMap<>();
        for (int c = 0; c < values.length; c++) {
          row.put(header.get(c).strip(), values[c].strip());
        }
      }
      job.totalRows++;
      if (apply(job, rowNumber, row)) {
        job.importedRows++;
      }
    }
    job.status = job.errors.isEmpty() ? "completed" : job.importedRows == 0 ? "failed" : "completed_with_errors";
    job.completedAt = store.clock.instant();
  }

  private static @Nullable Map<String, String> ndjsonRow(String line) {
    JsonNode node = Json.parse(line);
    if (node == null || !node.isObject()) {
      return null;
    }
    Map<String, String> row = new LinkedHashMap<>();
    node.properties().forEach(e -> row.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
    return row;
  }

  /** Checks and applies one row; records its problems and returns false when it is not valid. */
  private boolean apply(StoredImport job, int rowNumber, Map<String, String> row) {
    boolean user = job.importType.equals("user_verification");
    boolean business = job.importType.equals("business_verification");
    if (!user && !business) {
      return true;
    }
    List<String[]> problems = new ArrayList<>();
    String vendorData = value(row, "vendor_data");
    String status = value(row, "status");
    if (vendorData == null) {
      problems.add(new String[] {"vendor_data", "This field is required."});
    }
    if (status == null) {
      problems.add(new String[] {"status", "This field is required."});
    } else if (!STATUSES.contains(status)) {
      problems.add(new String[] {"status", "\"" + status + "\" is not a valid choice."});
    }
    String dob = value(row, "date_of_birth");
    if (user && dob != null && !isDate(dob)) {
      problems.add(new String[] {"date_of_birth", "Date has wrong format. Use one of these formats instead: "
          + "YYYY-MM-DD."});
    }
    String country = value(row, "country_code");
    if (business && country != null && !ALPHA_2.matcher(country).matches()) {
      problems.add(new String[] {"country_code", "Enter a valid ISO 3166-1 alpha-2 country code."});
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> error(job, rowNumber, p[0], p[1]));
      return false;
    }
    if (user) {
      importSession(job, vendorData, status, row);
    } else {
      importBusiness(vendorData, row);
    }
    return true;
  }

  private void importSession(StoredImport job, String vendorData, String status, Map<String, String> row) {
    StoredWorkflow workflow = job.workflowId == null ? null : store.workflow(job.workflowId);
    if (workflow == null) {
      workflow = store.workflow(store.defaultWorkflowId);
    }
    ObjectNode expected = Json.object();
    for (String field : List.of("first_name", "last_name", "date_of_birth")) {
      if (value(row, field) != null) {
        expected.put(field, value(row, field));
      }
    }
    ObjectNode metadata = Json.object();
    metadata.put("import_id", job.id);
    metadata.put("provider", value(row, "provider") == null ? "generic" : value(row, "provider"));
    StoredVerificationSession s = store.createSession(workflow, vendorData, null, metadata, Json.object(), expected);
    DiditDecisions.complete(s, status.equals("Approved") ? DiditOutcome.APPROVED
        : status.equals("Declined") ? DiditOutcome.DECLINED : DiditOutcome.IN_REVIEW);
    s.status = status;
    if (status.equals("Approved")) {
      store.subjects.sessionApproved(s, store.clock.instant());
    }
  }

  private void importBusiness(String vendorData, Map<String, String> row) {
    StoredSubject b = store.subjects.find(Kind.BUSINESS, vendorData);
    if (b == null) {
      b = store.subjects.create(Kind.BUSINESS, vendorData, store.clock.instant());
    }
    for (String field : List.of("legal_name", "registration_number", "country_code")) {
      if (value(row, field) != null) {
        b.profile.put(field, value(row, field));
      }
    }
    b.updatedAt = store.clock.instant();
  }

  private static @Nullable String value(Map<String, String> row, String column) {
    String v = row.get(column);
    return v == null || v.isBlank() ? null : v;
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static void error(StoredImport job, int rowNumber, @Nullable String column, String message) {
    ObjectNode e = Json.object();
    e.put("row_number", rowNumber);
    e.put("column", column);
    e.put("message", message);
    job.errors.add(e);
  }
}
