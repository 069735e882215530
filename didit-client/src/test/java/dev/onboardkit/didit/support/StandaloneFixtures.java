package dev.onboardkit.didit.support;

/**
 * Documented examples of the standalone checks, transaction monitoring and billing (Didit's API reference pages for
 * {@code /aml/}, {@code /database-validation/}, {@code /kyb/search/}, {@code /kyb/select/}, {@code /email/*},
 * {@code /phone/*}, {@code /transactions/}, {@code /wallet-screening/} and {@code /billing/*}), each with a member and
 * an enum value this SDK does not know, to prove they are tolerated.
 */
public final class StandaloneFixtures {
  public static final String REQUEST_ID = "e39cb057-92fc-4b59-b84e-02fec29a0f24";
  public static final String TX_UUID = "abcdef12-3456-4890-abcd-ef1234567890";

  /** {@code GET /billing/balance/} 200, the reference's example plus an unknown member. */
  public static final String BALANCE = "{\"balance\":\"1234.5600\",\"auto_refill_enabled\":true,"
      + "\"auto_refill_amount\":\"500.00\",\"auto_refill_threshold\":\"100.00\",\"currency\":\"USD\"}";

  /** {@code POST /billing/top-up/} 200. */
  public static final String CHECKOUT = "{\"checkout_session_id\":\"cs_test_a1B2c3D4e5F6g7H8i9J0\","
      + "\"checkout_session_url\":\"https://checkout.stripe.com/c/pay/cs_test_a1B2c3D4e5F6g7H8i9J0#fidkdWxOYHwnPyd1\","
      + "\"expires_at\":1767225600}";

  /** {@code POST /aml/} 200: one sanctions hit, an unknown status and member. */
  public static final String AML = "{\"request_id\":\"" + REQUEST_ID + "\",\"aml\":{\"status\":\"Escalated\","
      + "\"total_hits\":1,\"entity_type\":\"person\",\"score\":92.5,\"hits\":[{\"id\":\"NK-abc\","
      + "\"caption\":\"John Smith\",\"match\":true,\"match_score\":97,\"risk_score\":92.5,"
      + "\"datasets\":[\"us_ofac_sdn\"],\"review_status\":\"Unreviewed\",\"sanction_matches\":[{\"list\":\"OFAC\"}]}],"
      + "\"screened_data\":{\"full_name\":\"John Smith\",\"date_of_birth\":\"1985-03-15\",\"nationality\":null},"
      + "\"warnings\":[{\"feature\":\"AML\",\"risk\":\"POSSIBLE_MATCH_FOUND\",\"log_type\":\"warning\"}],"
      + "\"ongoing_monitoring\":false},\"vendor_data\":\"user-42\",\"metadata\":null,"
      + "\"created_at\":\"2026-06-12T01:24:47.401719+00:00\",\"billing\":{\"fee\":0.35}}";

  /** {@code POST /database-validation/} 200. */
  public static final String DATABASE = "{\"request_id\":\"" + REQUEST_ID + "\",\"database_validation\":{"
      + "\"status\":\"Approved\",\"match_type\":\"full_match\",\"issuing_state\":\"ESP\",\"validation_type\":\"1x1\","
      + "\"screened_data\":{\"document_number\":\"99999999R\",\"first_name\":\"Carmen\"},"
      + "\"validations\":{\"full_name\":{\"outcome_code\":\"MATCH\"},\"date_of_birth\":{\"outcome_code\":\"PENDING_X\"}},"
      + "\"warnings\":[],\"source\":\"registry-es\"},\"vendor_data\":\"user-42\",\"metadata\":{\"plan\":\"gold\"},"
      + "\"created_at\":\"2026-06-12T01:24:47Z\"}";

  /** {@code POST /kyb/search/} 200, the reference's example. */
  public static final String KYB_SEARCH = "{\"request_id\":\"b5ef9df5-bd9e-4d61-bbe5-5eb7a8fb6f85\","
      + "\"kyb_registry\":{\"companies\":[{\"kyb_response_id\":\"kyb_resp_123\",\"name\":\"TESCO PLC\","
      + "\"registration_number\":\"00445790\",\"status\":\"active\",\"type\":\"Public Limited Company\","
      + "\"risk_level\":null,\"fetch_status\":\"resolved\",\"jurisdiction\":\"GB\"}],"
      + "\"pagination\":{\"total\":1,\"page\":1,\"per_page\":25},\"search_status\":\"resolved\","
      + "\"search_resolved\":true},\"vendor_data\":null,\"metadata\":null,"
      + "\"created_at\":\"2025-01-01T00:00:00+00:00\"}";

  /** {@code POST /kyb/select/} 200. */
  public static final String KYB_SELECT = "{\"request_id\":\"3c90c3cc-0d44-4b50-8888-8dd25736052a\","
      + "\"kyb_registry\":{\"uuid\":\"7d1c0a8e-5b7f-4a41-9f61-1c9a2b3c4d5e\",\"registry_status\":\"active\","
      + "\"data_resolved\":true,\"company_name\":\"TESCO PLC\",\"registration_number\":\"00445790\","
      + "\"country_code\":\"GB\",\"company_type\":\"Public Limited Company\",\"incorporation_date\":\"1947-11-27\","
      + "\"registered_address\":\"Tesco House, Shire Park, Welwyn Garden City, AL7 1GA\",\"tax_number\":null,"
      + "\"is_from_registry\":true,\"fetch_status\":\"resolved\",\"officers\":[{\"name\":\"Ken Murphy\","
      + "\"role\":\"director\"}],\"beneficial_owners\":[],\"registry_data\":{\"sic_codes\":[\"47110\"]},"
      + "\"filings\":[]},\"created_at\":\"2026-06-12T01:24:47Z\",\"vendor_data\":\"business-123\",\"metadata\":{}}";

  /** {@code POST /email/send/} and {@code /phone/send/} 200. */
  public static final String SENT = "{\"request_id\":\"" + REQUEST_ID + "\",\"status\":\"Success\",\"reason\":null,"
      + "\"vendor_data\":\"user-1234\",\"metadata\":null}";

  /** The code the user typed, echoed by Didit in the check's lifecycle. */
  public static final String CODE = "482913";

  /** {@code POST /phone/check/} 200, the reference's example (the lifecycle echoes the code). */
  public static final String PHONE_CHECK = "{\"request_id\":\"" + REQUEST_ID + "\",\"status\":\"Approved\","
      + "\"message\":\"The verification code is correct.\",\"phone\":{\"status\":\"Approved\","
      + "\"phone_number_prefix\":\"+1\",\"phone_number\":\"4155552671\",\"full_number\":\"+14155552671\","
      + "\"country_code\":\"US\",\"country_name\":\"United States\",\"carrier\":{\"name\":\"AT&T\",\"type\":\"mobile\"},"
      + "\"is_disposable\":false,\"is_virtual\":false,\"verification_method\":\"whatsapp\","
      + "\"verification_attempts\":1,\"verified_at\":\"2026-06-12T01:24:47.311323Z\",\"warnings\":[],"
      + "\"lifecycle\":[{\"type\":\"PHONE_VERIFICATION_MESSAGE_SENT\",\"timestamp\":\"2026-06-12T01:23:39.580554+00:00\","
      + "\"details\":{\"status\":\"Success\",\"reason\":null,\"channel\":\"whatsapp\",\"actual_channel\":\"whatsapp\"},"
      + "\"fee\":0.0709},{\"type\":\"VALID_CODE_ENTERED\",\"timestamp\":\"2026-06-12T01:24:47.311201+00:00\","
      + "\"details\":{\"code_tried\":\"" + CODE + "\",\"status\":\"Approved\"},\"fee\":0},"
      + "{\"type\":\"PHONE_VERIFICATION_APPROVED\",\"timestamp\":\"2026-06-12T01:24:47.384292+00:00\","
      + "\"details\":null,\"fee\":0}],\"matches\":[]},\"vendor_data\":\"user-1234\",\"metadata\":null,"
      + "\"created_at\":\"2026-06-12T01:24:47.401719+00:00\"}";

  /** {@code POST /email/check/} 200: the code was right but the address is disposable and the policy declines. */
  public static final String EMAIL_CHECK = "{\"request_id\":\"" + REQUEST_ID + "\",\"status\":\"Declined\","
      + "\"message\":\"The verification code is correct, but the email was declined.\",\"email\":{"
      + "\"status\":\"Declined\",\"email\":\"ana@mailinator.com\",\"is_breached\":false,\"breaches\":[],"
      + "\"is_disposable\":true,\"is_undeliverable\":false,\"verification_attempts\":1,"
      + "\"verified_at\":null,\"warnings\":[{\"feature\":\"EMAIL_VERIFICATION\",\"risk\":\"DISPOSABLE_EMAIL\","
      + "\"log_type\":\"error\"}],\"lifecycle\":[{\"type\":\"VALID_CODE_ENTERED\",\"timestamp\":\"2026-06-12T01:24:47Z\","
      + "\"details\":{\"code_tried\":\"" + CODE + "\"},\"fee\":0}]},\"created_at\":\"2026-06-12T01:24:47Z\"}";

  /** {@code POST /transactions/} 201 and {@code GET /transactions/{id}/} 200, after the reference's example. */
  public static final String TRANSACTION = "{\"uuid\":\"" + TX_UUID + "\",\"transaction_number\":4123,"
      + "\"txn_id\":\"your-txn-2026-05-17-001\",\"txn_date\":\"2026-05-17T08:42:00Z\",\"zone_id\":\"Europe/Madrid\","
      + "\"transaction_type\":\"travelRule\",\"action_type\":\"withdrawal\",\"direction\":\"OUTBOUND\","
      + "\"status\":\"ESCALATED\",\"amount\":\"0.123456789012345678\",\"currency\":\"BTC\",\"currency_type\":\"crypto\","
      + "\"amount_in_default_currency\":\"1620.45\",\"default_currency_code\":\"USD\",\"score\":78,"
      + "\"severity\":\"HIGH\",\"decision_reason_code\":\"WALLET_HIGH_RISK\","
      + "\"decision_reason_label\":\"Destination wallet flagged as high risk\",\"vendor_data\":\"user-12345\","
      + "\"tags\":[],\"rule_runs\":[{\"rule\":\"Large withdrawal\",\"matched\":true,\"score_delta\":50},"
      + "{\"rule\":\"Velocity\",\"matched\":false,\"score_delta\":0}],\"alerts\":[{\"uuid\":\"a7b8c9d0\","
      + "\"title\":\"Destination wallet flagged as high risk\"}],\"parties\":[{\"role\":\"APPLICANT\"}],"
      + "\"created_at\":\"2026-05-17T08:42:11Z\",\"updated_at\":\"2026-05-17T08:42:11Z\"}";

  /** A page of {@code GET /transactions/}. */
  public static String transactionsPage(String next, String... uuids) {
    StringBuilder results = new StringBuilder();
    for (String id : uuids) {
      results.append(results.length() == 0 ? "" : ",").append("{\"uuid\":\"").append(id)
          .append("\",\"transaction_number\":4123,\"txn_id\":\"t-").append(id).append("\",\"transaction_type\":")
          .append("\"finance\",\"action_type\":\"withdrawal\",\"status\":\"IN_REVIEW\",\"direction\":\"OUTBOUND\",")
          .append("\"amount\":\"1500\",\"currency\":\"EUR\",\"score\":78,\"severity\":\"HIGH\",")
          .append("\"tags\":[{\"uuid\":\"9a8b\",\"name\":\"Manual review\",\"color\":\"#F59E0B\"}],")
          .append("\"subject_name\":\"Maria Garcia\",\"subject_vendor_data\":\"user-12345\",")
          .append("\"counterparty_name\":null,\"txn_date\":\"2026-05-17T08:42:00Z\",")
          .append("\"created_at\":\"2026-05-17T08:42:11Z\",\"assigned_to_name\":\"Alex Reviewer\"}");
    }
    return "{\"count\":1,\"next\":" + (next == null ? "null" : "\"" + next + "\"") + ",\"previous\":null,"
        + "\"total_transactions\":1,\"results\":[" + results + "]}";
  }

  /** {@code POST /wallet-screening/} 200. */
  public static final String WALLET = "{\"provider\":\"crystal\",\"screening_type\":\"WALLET_SCREENING\","
      + "\"risk_score\":87,\"severity\":\"SEVERE\",\"status\":\"SCREENED\",\"summary\":\"High exposure to mixers\","
      + "\"wallet_address\":\"0x28c6c06298d514db089934071355e5743bf21d60\",\"blockchain\":\"ETH\","
      + "\"sanctions_hit\":false,\"dominant_risk_category\":\"MIXER\",\"source_of_funds\":[{\"category\":\"MIXER\","
      + "\"percentage\":61.5}],\"destination_of_funds\":[],\"counterparty_connections\":null,\"graph\":{}}";

  private StandaloneFixtures() {}
}
