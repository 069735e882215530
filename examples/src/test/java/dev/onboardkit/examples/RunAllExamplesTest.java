package dev.onboardkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs every example against the embedded fakes, exactly as the README's examples command does. */
class RunAllExamplesTest {
  private static List<String> runAll() throws Exception {
    Report report = new Report(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try (ExampleContext ctx = new ExampleContext(Map.of(), report)) {
      RunAllExamples.runAll(ctx);
    }
    return report.lines();
  }

  private static String line(List<String> lines, String contains) {
    return lines.stream().filter(l -> l.contains(contains)).findFirst()
        .orElseThrow(() -> new AssertionError("no line containing '" + contains + "' in:\n" + String.join("\n", lines)));
  }

  @Test
  void everyExampleRunsAgainstTheFakesAndReportsWhatCameBack() throws Exception {
    List<String> lines = runAll();

    assertTrue(line(lines, "OnboardKit examples").contains(
        "Klara embedded fake, Didit embedded fake, Didit Verification embedded fake"));
    assertTrue(Pattern.compile("POST /applications -> application_id=[0-9a-f-]{36}, participants=1, pre-auth code issued")
        .matcher(line(lines, "POST /applications -> application_id=")).find());
    assertTrue(line(lines, "redirect the contact to").contains("auth_code=[REDACTED]"));
    assertTrue(line(lines, "/pre-auth -> new code valid until").contains("participant "));
    assertTrue(line(lines, "(auto-paging) ->").endsWith("25 submitted applications"));
    assertTrue(line(lines, "status=SUBMITTED").contains("company=Northwind Trading"));
    assertTrue(line(lines, "certificate-of-incorporation.pdf (application/pdf)").contains("link valid for 1 hour"));
    assertTrue(line(lines, "/decision ->").endsWith("-> recorded"));
    assertTrue(line(lines, "/decision (again)").endsWith("already recorded: the API deduplicates"));
    assertTrue(line(lines, "webhook application.submitted").endsWith("answered 200"));
    assertTrue(line(lines, "tampered webhook").endsWith("answered 401"));
    assertTrue(line(lines, "rejected: ").contains("SIGNATURE_MISMATCH"));
    assertTrue(line(lines, "POST /programmatic/register/").contains("code emailed to reseller@acme-reseller.io"));
    assertTrue(line(lines, "POST /programmatic/verify-email/").contains("default application"));
    assertTrue(line(lines, "POST /programmatic/login/").endsWith("tokens issued"));
    assertEquals(3, lines.stream().filter(l -> l.contains("/applications/ -> application ")).count());
    assertTrue(line(lines, "recovered the api key").endsWith("same as issued"));
    assertTrue(line(lines, "applications in the organization").contains("4 applications"));
    assertTrue(line(lines, "KlaraCreateApplicationRequest.build()").contains("problems, nothing sent"));
    assertTrue(line(lines, "configId must not be blank").startsWith("    - "));
    assertTrue(line(lines, "primaryContact.email must be a valid email address").startsWith("    - "));
    assertTrue(line(lines, "(throttled once, wait 1)").endsWith("200 after 2 attempts"));
    assertTrue(line(lines, "(throttled, wait 3600)").endsWith("RateLimitException, retry after 60 min"));
    assertTrue(line(lines, "(connection dropped after processing)")
        .endsWith("ApiConnectionException, outcomeUnknown=true, sent 1 time(s)"));
    assertTrue(line(lines, "(reconcile)").contains("found 1 application for Umbrella Holdings"));
    assertTrue(line(lines, "the application's API key").contains("/applications/"));
    assertTrue(line(lines, "POST /workflows/ -> workflow ").endsWith("with [OCR, LIVENESS, FACE_MATCH, AML]"));
    assertTrue(line(lines, "POST /webhook/destinations/").endsWith("signing secret received"));
    assertTrue(line(lines, "POST /session/ -> session").endsWith("(Not Started), verification link issued"));
    // X-Signature until the canonical JSON (branch i15w) is wired into DiditWebhooks, X-Signature-V2 from then on.
    assertTrue(Pattern.compile("\\(verified by X-Signature(-V2)?\\)$").matcher(line(lines, "is Approved (verified by "))
        .find());
    assertEquals(2, lines.stream().filter(l -> l.endsWith("webhook status.updated -> answered 200")).count());
    assertTrue(Pattern.compile("/decision/ -> Approved: Zoë García Núñez, document Identity Card \\(ESP\\), face match"
        + " 97.0, AML hits 0, NFC not run").matcher(line(lines, "/decision/ -> Approved")).find());
    assertTrue(line(lines, "(auto-paging) -> 10 approved").endsWith("10 approved sessions"));
    assertTrue(line(lines, "/generate-pdf -> ").endsWith("application/pdf, 170 bytes, a PDF"));
    assertTrue(line(lines, "/update-status/ -> Resubmitted").contains("the user redoes feature_face_match"));
    assertTrue(line(lines, "webhook status.updated -> Resubmitted").endsWith("nodes to redo [feature_face_match]"));
    assertTrue(line(lines, "POST /aml/ (Viktor Sanctionov)").endsWith("Declined, 1 hit(s) in [us_ofac_sdn, eu_fsf],"
        + " score 100.0"));
    assertTrue(line(lines, "POST /aml/ (Ana García Núñez)").endsWith("Approved, 0 hits"));
    assertTrue(line(lines, "POST /database-validation/").endsWith("full_match, Approved"));
    assertTrue(line(lines, "POST /kyb/search/ (GB, Tesco)").endsWith("2 candidates, first TESCO PLC"));
    assertTrue(line(lines, "POST /kyb/select/").endsWith("TESCO PLC 00445790, incorporated 1947-11-27, 2 officers"));
    assertTrue(line(lines, "/email/check/ ->").endsWith("Success, then Approved (the code is never printed or logged)"));
    assertTrue(line(lines, "/phone/check/ (a VoIP number)").endsWith("Declined: right code, but VoIP number."));
    assertTrue(line(lines, "credits left").endsWith("997.9700 USD"));
    assertTrue(line(lines, "POST /transactions/ (250.00 EUR)").endsWith("APPROVED, score 0"));
    assertTrue(line(lines, "POST /transactions/ (12500.00 EUR)").endsWith("IN_REVIEW, score 50, LARGE_AMOUNT"));
    assertTrue(line(lines, "GET /transactions/?limit=2 (auto-paging)").endsWith("3 transactions"));
    assertTrue(line(lines, "GET /transactions/{uuid}/").endsWith("wd-12500.00: 12500 EUR, 1 alert(s), 4 rules evaluated"));
    assertTrue(line(lines, "(sanctioned wallet)").endsWith("CRITICAL, risk 100, sanctions hit true"));
    assertTrue(line(lines, "POST /billing/top-up/ (500.00 USD)").endsWith("on checkout.stripe.com"));
    assertTrue(line(lines, "GET /billing/balance/ (after payment)").endsWith("1497.9300 USD"));
    assertTrue(line(lines, "POST /billing/top-up/ (throttled, wait 1)").endsWith(
        "RateLimitException after 1 attempt, 0 new checkouts: money never moves twice"));
    assertTrue(line(lines, "POST /users/create/ -> user customer-1001")
        .endsWith("(ACTIVE), allowlisted [ana@example.com]"));
    assertTrue(line(lines, "/update-status/ -> FLAGGED").contains("PATCH /users/customer-1001/"));
    assertTrue(line(lines, "after an approved session:").endsWith("born 1990-05-15, documents from [ESP]"));
    assertTrue(line(lines, "/share/ -> share token issued").endsWith("Secret[****]"));
    assertTrue(line(lines, "POST /session/import-shared/ ->").endsWith("(Approved) without verifying again"));
    assertTrue(Pattern.compile("GET /users/\\?limit=10 \\(auto-paging\\) -> \\d+ users$")
        .matcher(line(lines, "GET /users/?limit=10")).find());
    assertTrue(line(lines, "GET /session/imports/template/ -> columns vendor_data,status,").contains("provider"));
    assertTrue(line(lines, "POST /session/imports/ ->")
        .endsWith("completed_with_errors, {total_rows=3, imported_rows=2, failed_rows=1}"));
    assertTrue(line(lines, "/errors/ -> row 4 date_of_birth: Date has wrong format.").contains("YYYY-MM-DD"));
    assertTrue(line(lines, "POST /users/delete/ ->").endsWith("deleted {deleted_count=1}"));
    assertTrue(line(lines, "POST /businesses/create/ -> business acme-trading").endsWith("Acme Trading Ltd (ES)"));
    assertTrue(line(lines, "/update-status/ -> registration").endsWith("registration B87654321, FLAGGED"));
    assertTrue(line(lines, "GET /businesses/ (auto-paging)").endsWith("2 businesses"));
    assertTrue(line(lines, "POST /businesses/delete/ ->").endsWith("deleted {deleted_count=2}"));
    assertTrue(line(lines, "POST /questionnaires/ ->").endsWith("\"Source of funds\" with 2 questions"));
    assertTrue(line(lines, "with [OCR, QUESTIONNAIRE]").startsWith("  POST /workflows/ -> workflow "));
    assertTrue(line(lines, "now \"Source of funds (2026)\"").endsWith("1 questionnaire(s) in the application"));
    assertTrue(line(lines, "DELETE /questionnaires/").endsWith("deleted, with its workflow"));
    assertTrue(line(lines, "/entries/ -> blocked ").endsWith("blocked chargeback@example.com (stored normalised)"));
    assertTrue(line(lines, "(auto-paging) -> 2 entries").endsWith("2 entries in Office IPs (allowlist)"));
    assertTrue(line(lines, "with listType BLOCKLIST").endsWith("listType must be allowlist or custom: blocklists are"
        + " created by Didit"));
    assertTrue(line(lines, "/entries/face-upload/ -> face").endsWith("comment \"Known fraudster\""));
    assertTrue(line(lines, "POST /face-match/ -> ").endsWith("Approved, similarity 98.62"));
    assertTrue(Pattern.compile("POST /passive-liveness/ -> Approved, score \\d+\\.\\d+$")
        .matcher(line(lines, "POST /passive-liveness/ -> ")).find());
    assertTrue(line(lines, "POST /id-verification/ -> ").endsWith("Identity Card of Carmen Española Española, age 45,"
        + " Approved"));
    assertTrue(line(lines, "with a missing file -> ").contains("userImage names a file that does not exist"));
    assertTrue(line(lines, "PATCH /customization/ ").endsWith("primary color #0B5FFF, font AR One Sans, square logo"
        + " uploaded"));
    assertTrue(line(lines, "All 17 examples ran").startsWith("=="));
  }

  @Test
  void theReportNeverShowsASecret() throws Exception {
    for (String l : runAll()) {
      assertFalse(l.contains("Sup3r-Secret!pass"), l);
      assertFalse(Pattern.compile("auth_code=(?!\\[REDACTED\\])").matcher(l).find(), l);
      assertFalse(Pattern.compile("\\b[A-Z0-9]{16}\\b").matcher(l).find(), "looks like a pre-auth code: " + l);
      assertFalse(l.contains("verify.didit.me/session/"), "a session link carries its token: " + l);
    }
  }
}
