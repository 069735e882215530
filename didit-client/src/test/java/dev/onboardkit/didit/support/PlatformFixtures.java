package dev.onboardkit.didit.support;

/**
 * Realistic answers of the Verification API's users, businesses, questionnaires and session imports. Didit does not
 * publish these shapes: each carries the members its request schema documents (Didit's MCP server 4.0.0), plus members
 * the SDK does not declare and an unknown status, which decoding must tolerate.
 */
public final class PlatformFixtures {
  public static final String QUESTIONNAIRE_ID = "44444444-5555-6666-7777-888888888888";
  public static final String IMPORT_ID = "55555555-6666-7777-8888-999999999999";
  public static final String SHARE_TOKEN = "shr_9f8e7d6c5b4a3f2e1d0c";

  /** A user: every documented member, an undeclared {@code sessions_count} and a status this SDK does not know. */
  public static final String USER = "{\"vendor_data\":\"user-42\",\"full_name\":\"Carmen Española Española\","
      + "\"display_name\":\"Carmen E.\",\"date_of_birth\":\"1980-01-01\",\"status\":\"UNDER_REVIEW\","
      + "\"metadata\":{\"plan\":\"premium\",\"referrer\":null},\"approved_emails\":[\"carmen@example.com\"],"
      + "\"approved_phones\":[\"+34600000000\"],\"issuing_states\":[\"ESP\"],\"sessions_count\":3,"
      + "\"created_at\":\"2025-06-12T10:00:00Z\"}";

  /** A business: every documented member, its internal id, an undeclared member and an unknown status. */
  public static final String BUSINESS = "{\"vendor_data\":\"acme-ltd\","
      + "\"didit_internal_id\":\"66666666-7777-8888-9999-000000000000\",\"display_name\":\"Acme\","
      + "\"legal_name\":\"Acme Trading Ltd\",\"registration_number\":\"B12345678\",\"country_code\":\"ES\","
      + "\"status\":\"SUSPENDED\",\"metadata\":{\"tier\":2},\"key_people_count\":2}";

  /** A questionnaire with two questions (one branching) and an undeclared {@code languages} member. */
  public static final String QUESTIONNAIRE = "{\"uuid\":\"" + QUESTIONNAIRE_ID + "\",\"title\":\"Source of funds\","
      + "\"description\":\"A few questions about your income\",\"questions\":[{\"type\":\"single_choice\","
      + "\"text\":\"Where do your funds come from?\",\"options\":[\"Salary\",\"Savings\",\"Other\"],"
      + "\"branching\":{\"Other\":2}},{\"type\":\"text\",\"text\":\"Please explain\",\"hint\":null}],"
      + "\"languages\":[\"en\",\"es\"]}";

  /** A bulk import job with an undeclared member. */
  public static final String IMPORT = "{\"import_id\":\"" + IMPORT_ID + "\",\"status\":\"completed\","
      + "\"import_type\":\"user_verification\",\"source_format\":\"csv\","
      + "\"source_file_url\":\"https://files.example.com/kyc.csv\",\"workflow_id\":null,"
      + "\"summary\":{\"total_rows\":3,\"imported_rows\":2,\"failed_rows\":1},\"created_at\":\"2026-01-01T00:00:00Z\"}";

  private PlatformFixtures() {}
}
