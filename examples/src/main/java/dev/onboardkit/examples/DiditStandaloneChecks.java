package dev.onboardkit.examples;

import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.decisions.DiditAmlScreening;
import dev.onboardkit.didit.screening.DiditAmlScreeningRequest;
import dev.onboardkit.didit.screening.DiditDatabaseValidationRequest;
import dev.onboardkit.didit.screening.DiditDatabaseValidationResult;
import dev.onboardkit.didit.screening.DiditEmailCheckRequest;
import dev.onboardkit.didit.screening.DiditEmailCheckResult;
import dev.onboardkit.didit.screening.DiditEmailSendRequest;
import dev.onboardkit.didit.screening.DiditKybCandidate;
import dev.onboardkit.didit.screening.DiditKybRegistryProfile;
import dev.onboardkit.didit.screening.DiditKybSearchRequest;
import dev.onboardkit.didit.screening.DiditKybSelectRequest;
import dev.onboardkit.didit.screening.DiditOtpSendResult;
import dev.onboardkit.didit.screening.DiditPhoneCheckRequest;
import dev.onboardkit.didit.screening.DiditPhoneCheckResult;
import dev.onboardkit.didit.screening.DiditPhoneSendRequest;
import dev.onboardkit.didit.screening.DiditPolicyAction;
import dev.onboardkit.testkit.didit.DiditScreeningTestData;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.time.LocalDate;
import java.util.List;

/**
 * Example 9, the standalone checks without a session: screen names against sanctions and PEP lists, validate an
 * identity against the national registry, find a company in the official registry, and verify an email address and a
 * phone number with one-time codes.
 */
public final class DiditStandaloneChecks implements Example {
  @Override
  public String title() {
    return "9. Didit standalone checks: AML screening, database validation, KYB registry, email and phone codes";
  }

  @Override
  public void run(ExampleContext ctx) {
    if (ctx.verificationFakeIfUsed().isEmpty()) {
      ctx.report().note("every check is billed and the codes arrive in a real inbox: skipped against the real API");
      return;
    }
    FakeDiditVerificationServer fake = ctx.verificationFakeIfUsed().get();
    try (DiditClient didit = DiditClient.builder().apiKey(fake.issueApiKey()).baseUrl(fake.baseUrl()).build()) {
      // [readme:didit-aml]
      DiditAmlScreening aml = didit.screening().screenAml(DiditAmlScreeningRequest.builder()
          .fullName(DiditScreeningTestData.SANCTIONED_NAME).dateOfBirth(LocalDate.of(1961, 4, 2))
          .includeAdverseMedia(true).vendorData("user-77").build()).aml();
      // [/readme]
      ctx.report().call("POST /aml/ (" + DiditScreeningTestData.SANCTIONED_NAME + ")", aml.statusRaw().orElse("?")
          + ", " + aml.totalHits().orElse(0) + " hit(s) in " + aml.hits().get(0).get("datasets") + ", score "
          + aml.score().orElse(0.0));
      DiditAmlScreening clean = didit.screening().screenAml(DiditAmlScreeningRequest.of("Ana García Núñez")).aml();
      ctx.report().call("POST /aml/ (Ana García Núñez)", clean.statusRaw().orElse("?") + ", "
          + clean.totalHits().orElse(0) + " hits");

      DiditDatabaseValidationResult validated = didit.screening().validateDatabase(DiditDatabaseValidationRequest
          .builder().issuingState(DiditScreeningTestData.REGISTRY_COUNTRY)
          .documentNumber(DiditScreeningTestData.REGISTRY_DOCUMENT_NUMBER)
          .firstName(DiditScreeningTestData.REGISTRY_FIRST_NAME).lastName(DiditScreeningTestData.REGISTRY_LAST_NAME)
          .dateOfBirth(DiditScreeningTestData.REGISTRY_DATE_OF_BIRTH).noMatchAction(DiditPolicyAction.DECLINE)
          .build());
      ctx.report().call("POST /database-validation/", validated.databaseValidation().matchType().orElse("?") + ", "
          + validated.databaseValidation().statusRaw().orElse("?"));

      // [readme:didit-kyb]
      List<DiditKybCandidate> candidates = didit.screening().searchKyb(DiditKybSearchRequest.builder()
          .countryCode("GB").name("Tesco").build()).companies();                  // free
      DiditKybRegistryProfile company = didit.screening().selectKyb(
          DiditKybSelectRequest.of(candidates.get(0).kybResponseId())).kybRegistry();  // billed
      // [/readme]
      ctx.report().call("POST /kyb/search/ (GB, Tesco)", candidates.size() + " candidates, first "
          + candidates.get(0).name().orElse("?"));
      ctx.report().call("POST /kyb/select/", company.companyName().orElse("?") + " " + company.registrationNumber()
          .orElse("?") + ", incorporated " + company.incorporationDate().orElse("?") + ", " + company.officers().size()
          + " officers");

      // [readme:didit-email-code]
      DiditOtpSendResult sent = didit.screening().sendEmailCode(DiditEmailSendRequest.of("ana@example.com"));
      String typed = fake.otpOutbox().latestCode("ana@example.com").orElseThrow();  // what the user types
      DiditEmailCheckResult email = didit.screening().checkEmailCode(DiditEmailCheckRequest.builder()
          .email("ana@example.com").code(typed).disposableEmailAction(DiditPolicyAction.DECLINE).build());
      // [/readme]
      ctx.report().call("POST /email/send/ then /email/check/", sent.status().wireValue() + ", then "
          + email.status().wireValue() + " (the code is never printed or logged)");

      String voip = DiditScreeningTestData.VOIP_NUMBER_PREFIX + "5550006";
      didit.screening().sendPhoneCode(DiditPhoneSendRequest.builder().phoneNumber(voip).preferredChannel("sms")
          .build());
      DiditPhoneCheckResult phone = didit.screening().checkPhoneCode(DiditPhoneCheckRequest.builder()
          .phoneNumber(voip).code(fake.otpOutbox().latestCode(voip).orElseThrow())
          .voipNumberAction(DiditPolicyAction.DECLINE).build());
      ctx.report().call("POST /phone/send/ then /phone/check/ (a VoIP number)", phone.status().wireValue()
          + ": right code, but " + phone.message().orElse("?").replaceFirst(".*declined: ", ""));
      ctx.report().note("credits left: " + fake.balance().toPlainString() + " USD");
    }
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new DiditStandaloneChecks());
  }
}
