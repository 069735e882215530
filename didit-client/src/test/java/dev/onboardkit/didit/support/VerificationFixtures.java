package dev.onboardkit.didit.support;

/** The Verification API's documented examples (didit-api.md §2 and §3, Didit's API reference pages). */
public final class VerificationFixtures {
  public static final String SESSION_ID = "11111111-2222-3333-4444-555555555555";
  public static final String WORKFLOW_ID = "22222222-3333-4444-5555-666666666666";
  public static final String SESSION_TOKEN = "Xk3pQ9mZ2aBc";

  /** {@code POST /session/} 201: exactly the 10 documented keys. */
  public static final String CREATED_SESSION = "{\"session_id\":\"" + SESSION_ID + "\",\"session_number\":43762,"
      + "\"session_token\":\"" + SESSION_TOKEN + "\",\"url\":\"https://verify.didit.me/session/" + SESSION_TOKEN + "\","
      + "\"vendor_data\":\"user-42\",\"metadata\":{\"plan\":\"premium\"},\"status\":\"Not Started\","
      + "\"workflow_id\":\"" + WORKFLOW_ID + "\",\"workflow_version\":3,\"callback\":\"https://app.example.com/done\"}";

  /** {@code GET /session/{id}/decision/} 200, after the retrieve-session example: ID, liveness, face match and AML. */
  public static final String DECISION = "{\"session_id\":\"" + SESSION_ID + "\",\"session_kind\":\"user\","
      + "\"session_number\":43762,\"session_url\":\"https://verify.didit.me/session/" + SESSION_ID + "\","
      + "\"status\":\"In Review\",\"environment\":\"live\",\"workflow_id\":\"" + WORKFLOW_ID + "\","
      + "\"features\":[\"ID_VERIFICATION\",\"LIVENESS\",\"FACE_MATCH\",\"AML\"],"
      + "\"vendor_data\":\"user-42\",\"metadata\":{\"user_type\":\"premium\",\"account_id\":\"ABC123\"},"
      + "\"expected_details\":{\"first_name\":\"Carmen\",\"last_name\":\"Española Española\"},"
      + "\"contact_details\":{\"email\":\"carmen@example.com\",\"email_lang\":\"es\","
      + "\"send_notification_emails\":false,\"phone\":null},"
      + "\"callback\":\"https://verify.didit.me/\",\"created_at\":\"2025-06-12T10:00:00.123456Z\","
      + "\"expires_at\":\"2025-06-19T10:00:00Z\","
      + "\"id_verifications\":[{\"node_id\":\"feature_ocr\",\"status\":\"Approved\",\"document_type\":\"Identity Card\","
      + "\"document_number\":\"CAA000000\",\"personal_number\":\"99999999R\",\"first_name\":\"Carmen\","
      + "\"last_name\":\"Española Española\",\"full_name\":\"Carmen Española Española\","
      + "\"date_of_birth\":\"1980-01-01\",\"age\":45,\"expiration_date\":\"2031-06-02\","
      + "\"date_of_issue\":\"2021-06-02\",\"issuing_state\":\"ESP\",\"issuing_state_name\":\"Spain\","
      + "\"gender\":\"F\",\"nationality\":\"ESP\",\"address\":\"Avda de Madrid 34, Madrid\","
      + "\"place_of_birth\":\"Madrid\",\"portrait_image\":\"https://example.com/portrait.jpg?X-Amz-Signature=abc\","
      + "\"front_image\":\"https://example.com/front.jpg\",\"back_image\":\"https://example.com/back.jpg\","
      + "\"mrz\":{\"line1\":\"IDESP\"},\"warnings\":[]}],"
      + "\"nfc_verifications\":null,"
      + "\"liveness_checks\":[{\"node_id\":\"feature_liveness\",\"status\":\"Approved\",\"method\":\"PASSIVE\","
      + "\"score\":89.92,\"reference_image\":\"https://example.com/reference.jpg\","
      + "\"video_url\":\"https://example.com/video.mp4\",\"age_estimation\":24.3,\"matches\":[],"
      + "\"warnings\":[]}],"
      + "\"face_matches\":[{\"node_id\":\"feature_face\",\"status\":\"In Review\",\"score\":65.43,"
      + "\"source_image_session_id\":null,\"source_image\":\"https://example.com/source.jpg\","
      + "\"target_image\":\"https://example.com/target.jpg\",\"warnings\":[{\"feature\":\"FACE_MATCH\","
      + "\"risk\":\"LOW_FACE_MATCH_SIMILARITY\",\"additional_data\":null,\"log_type\":\"warning\","
      + "\"short_description\":\"Low face match similarity\",\"long_description\":\"The facial features differ.\","
      + "\"node_id\":\"feature_face\"}]}],"
      + "\"phone_verifications\":null,\"email_verifications\":null,\"poa_verifications\":null,"
      + "\"document_ai_documents\":null,\"questionnaire_responses\":null,"
      + "\"aml_screenings\":[{\"node_id\":\"feature_aml\",\"status\":\"Approved\",\"total_hits\":0,"
      + "\"entity_type\":\"person\",\"score\":0,\"hits\":[],\"screened_data\":{\"full_name\":\"Carmen Española\"},"
      + "\"warnings\":[]}],"
      + "\"ip_analyses\":[],\"database_validations\":null,"
      + "\"reviews\":[{\"user\":\"compliance@example.com\",\"new_status\":\"In Review\",\"comment\":\"Check the face\","
      + "\"created_at\":\"2025-06-12T11:00:00Z\"}]}";

  /** {@code GET /sessions/} 200: Django REST framework's limit/offset page with an absolute next URL. */
  public static String sessionsPage(String next, String... sessionIds) {
    StringBuilder results = new StringBuilder();
    for (String id : sessionIds) {
      results.append(results.length() == 0 ? "" : ",").append("{\"session_id\":\"").append(id)
          .append("\",\"session_number\":").append(Math.abs(id.hashCode() % 100000))
          .append(",\"status\":\"Approved\",\"vendor_data\":\"user-42\",\"workflow_id\":\"").append(WORKFLOW_ID)
          .append("\",\"created_at\":\"2025-06-12T10:00:00Z\"}");
    }
    return "{\"count\":100,\"next\":" + (next == null ? "null" : "\"" + next + "\"") + ",\"previous\":null,"
        + "\"results\":[" + results + "]}";
  }

  /** {@code DELETE /session/{id}/delete/} 200, the shape one source documents (the other: 204). */
  public static final String DELETED = "{\"session_id\":\"" + SESSION_ID + "\",\"session_number\":43762,"
      + "\"face_retention_outcome\":\"retained\",\"biometric_template_uuid\":\"tmpl-1\"}";

  /** {@code POST /workflows/} 201. */
  public static final String WORKFLOW = "{\"uuid\":\"33333333-4444-5555-6666-777777777777\",\"workflow_id\":\""
      + WORKFLOW_ID + "\",\"workflow_label\":\"KYC standard\",\"status\":\"published\",\"is_default\":false,"
      + "\"features\":[{\"feature\":\"OCR\"},{\"feature\":\"LIVENESS\",\"config\":{\"face_liveness_method\":"
      + "\"PASSIVE\"}},\"FACE_MATCH\",{\"feature\":\"HOLOGRAM_CHECK\"}]}";

  /** {@code GET /webhook/destinations/{uuid}/} 200, the API reference's example. */
  public static final String DESTINATION = "{\"uuid\":\"11111111-2222-3333-4444-555555555555\","
      + "\"label\":\"Production session webhooks\",\"url\":\"https://yourapp.com/webhooks/didit\",\"enabled\":true,"
      + "\"webhook_version\":\"v3\",\"secret_shared_key\":\"tno2NTeRC1ZK3sBOYlBJDyEzBVENl3pQ1AcZyAW0xnQ\","
      + "\"subscribed_events\":[\"status.updated\",\"data.updated\"],\"created_at\":\"2026-01-04T08:00:00Z\","
      + "\"updated_at\":\"2026-04-22T14:09:11Z\",\"summary\":{\"total_deliveries\":12453,\"failed_deliveries\":14,"
      + "\"error_rate_percentage\":0,\"min_response_time_ms\":41,\"avg_response_time_ms\":187,"
      + "\"max_response_time_ms\":2103,\"last_delivery_at\":\"2026-05-17T09:21:18Z\"}}";

  /** {@code GET /webhook/destinations/} 200: a bare array, documented as unpaginated, without secrets. */
  public static final String DESTINATIONS = "[{\"uuid\":\"11111111-2222-3333-4444-555555555555\","
      + "\"label\":\"Production session webhooks\",\"url\":\"https://yourapp.com/webhooks/didit\",\"enabled\":true,"
      + "\"webhook_version\":\"v3\",\"subscribed_events\":[\"status.updated\",\"data.updated\"],"
      + "\"subscribed_events_count\":2,\"deliveries_count\":12453,\"failed_deliveries_count\":14,"
      + "\"average_response_time_ms\":187,\"error_rate_percentage\":0,\"last_delivery_at\":\"2026-05-17T09:21:18Z\","
      + "\"created_at\":\"2026-01-04T08:00:00Z\",\"updated_at\":\"2026-04-22T14:09:11Z\"},"
      + "{\"uuid\":\"22222222-3333-4444-5555-666666666666\",\"label\":\"Staging mirror\","
      + "\"url\":\"https://staging.yourapp.com/webhooks/didit\",\"enabled\":false,\"webhook_version\":\"v3\","
      + "\"subscribed_events\":[\"status.updated\"],\"average_response_time_ms\":null,\"last_delivery_at\":null,"
      + "\"created_at\":\"2026-03-12T10:15:02Z\",\"updated_at\":\"2026-03-12T10:15:02Z\"}]";

  /** {@code GET /webhook/} 200, the legacy settings' example. */
  public static final String SETTINGS = "{\"webhook_url\":\"https://myapp.com/webhooks/didit\","
      + "\"webhook_version\":\"v3\",\"secret_shared_key\":\"whsec_a1b2c3d4e5f6g7h8i9j0\","
      + "\"capture_method\":\"both\",\"data_retention_months\":null}";

  /** A delivery record: {@code request_header} and {@code request_body} are JSON-encoded strings. */
  public static final String DELIVERY = "{\"uuid\":\"d1\",\"webhook_type\":\"status.updated\","
      + "\"request_header\":\"{\\\"X-Signature-V2\\\": \\\"ab\\\", \\\"X-Timestamp\\\": \\\"1750000000\\\"}\","
      + "\"request_body\":\"{\\\"event_id\\\": \\\"e1\\\", \\\"status\\\": \\\"Approved\\\", "
      + "\\\"decision\\\": {\\\"session_id\\\": \\\"s1\\\"}}\",\"response_status_code\":200}";

  private VerificationFixtures() {}
}
