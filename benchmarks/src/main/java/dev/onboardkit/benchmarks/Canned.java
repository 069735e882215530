package dev.onboardkit.benchmarks;

import java.nio.charset.StandardCharsets;

/** The documented request and response bodies both sides of every benchmark use. */
final class Canned {
  private Canned() {}

  static final String KLARA_BASE = "https://app.klara-ai.com/api/external";
  static final String KLARA_KEY = "klara_abc123def456789012345678.ABCDEFghijklmnop1234567890QRSTUV";
  static final String DIDIT_BASE = "https://apx.didit.me/auth/v2";
  static final String DIDIT_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTEiLCJleHAiOjQxMDI0NDQ4MDB9.c2lnbmF0dXJl";
  static final String DIDIT_ORG = "a1b2c3d4-5678-90ab-cdef-111111111111";

  /** Klara create-application 201 with pre-auth (quickstart shape). */
  static final byte[] KLARA_CREATED = utf8("{\"application_id\":\"550e8400-e29b-41d4-a716-446655440000\","
      + "\"link\":\"https://app.klara-ai.com/external/your-org/apply/ABC123?auth_code=X7K9M2P4Q8R1S5T3\","
      + "\"participants\":[{\"id\":\"660e8400-e29b-41d4-a716-446655440001\",\"link_slug\":\"7f3k9m2p4q8r1s5t\","
      + "\"email\":\"sophie@acme.com\",\"role\":\"primary\"}],\"pre_auth_code\":\"X7K9M2P4Q8R1S5T3\"}");

  /** Didit create-application 201 (OpenAPI example). */
  static final byte[] DIDIT_CREATED = utf8("{\"uuid\":\"b2c3d4e5-6789-01bc-defg-222222222222\","
      + "\"name\":\"Acme Customer App\",\"client_id\":\"S9LIYGSoWNuGMLHsvEt9dQ\","
      + "\"api_key\":\"05mHcOWL8GathLZlz8oIDawYj9qFAcoSHtz-75PAkuo\",\"website_url\":\"https://acme.example\","
      + "\"redirect_uris\":[\"https://acme.example/callback\"],\"terms_url\":\"https://acme.example/terms\","
      + "\"privacy_url\":\"https://acme.example/privacy\",\"description\":null,\"created_at\":\"2025-06-01T10:00:00Z\"}");

  /** Didit 400 field errors (OpenAPI ValidationError, with a DRF nested list error added). */
  static final byte[] DIDIT_FIELD_ERRORS = utf8("{\"website_url\":[\"Enter a valid URL.\"],"
      + "\"redirect_uris\":{\"0\":[\"Enter a valid URL.\"]}}");

  /** Klara list page {@code index} (0-based) of {@code pages}, {@code perPage} applications each. */
  static byte[] klaraListPage(int index, int pages, int perPage) {
    StringBuilder sb = new StringBuilder(perPage * 420).append("{\"applications\":[");
    for (int i = 0; i < perPage; i++) {
      int n = index * perPage + i;
      sb.append(i == 0 ? "" : ",")
          .append("{\"id\":\"app-").append(n).append("\",\"config_id\":\"kyc-standard\",\"status\":\"submitted\",")
          .append("\"company_name\":\"Company ").append(n).append(" Ltd\",")
          .append("\"primary_contact\":{\"email\":\"contact").append(n).append("@acme.com\",\"name\":\"Contact ")
          .append(n).append("\"},\"documents\":[{\"id\":\"doc-").append(n).append("\",\"field_id\":\"incorporation\",")
          .append("\"file_name\":\"cert.pdf\",\"status\":\"accepted\",\"download_url\":\"https://files.example/")
          .append(n).append("\"}],\"created_at\":\"2026-03-05T14:30:00.000Z\",\"submitted_at\":\"2026-03-06T09:00:00.000Z\"}");
    }
    boolean more = index + 1 < pages;
    sb.append("],\"has_more\":").append(more).append(",\"next_cursor\":")
        .append(more ? "\"c" + (index + 1) + "\"" : "null").append('}');
    return utf8(sb.toString());
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
