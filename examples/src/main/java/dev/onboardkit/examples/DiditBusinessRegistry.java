package dev.onboardkit.examples;

import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.businesses.DiditBusiness;
import dev.onboardkit.didit.businesses.DiditBusinessUpdate;
import dev.onboardkit.didit.businesses.DiditCreateBusinessRequest;
import dev.onboardkit.didit.businesses.DiditDeleteBusinessesRequest;
import dev.onboardkit.didit.users.DiditEntityStatus;
import java.util.List;
import java.util.Map;

/**
 * Example 10, Didit businesses (KYB subjects): register a business under your identifier and one under Didit's
 * internal id only, correct its registry details, flag it for monitoring, list the businesses, and delete both by
 * either kind of id.
 */
public final class DiditBusinessRegistry implements Example {
  static final String BUSINESS = "acme-trading";

  @Override
  public String title() {
    return "13. Didit businesses (KYB): register, correct, flag, list, delete by either id";
  }

  @Override
  public void run(ExampleContext ctx) {
    if (ctx.realDidit() && !ctx.realDiditVerification()) {
      ctx.report().note("the Auth API is real but DIDIT_API_KEY is not set: skipped");
      return;
    }
    try (DiditClient didit = DiditUserOperations.verificationClient(ctx)) {
      // [readme:didit-business]
      DiditBusiness acme = didit.businesses().create(DiditCreateBusinessRequest.builder()
          .vendorData(BUSINESS).legalName("Acme Trading Ltd").registrationNumber("B12345678").countryCode("ES")
          .metadata(Map.of("segment", "wholesale"))
          .build());
      didit.businesses().update(BUSINESS, DiditBusinessUpdate.builder().registrationNumber("B87654321").build());
      didit.businesses().updateStatus(BUSINESS, DiditEntityStatus.FLAGGED);
      // [/readme]
      ctx.report().call("POST /businesses/create/", "business " + acme.vendorData().orElseThrow() + ": "
          + acme.legalName().orElseThrow() + " (" + acme.countryCode().orElseThrow() + ")");
      DiditBusiness updated = didit.businesses().retrieve(BUSINESS);
      ctx.report().call("PATCH /businesses/" + BUSINESS + "/ and .../update-status/", "registration "
          + updated.registrationNumber().orElseThrow() + ", " + updated.status().wireValue());

      DiditBusiness unnamed = didit.businesses().create(DiditCreateBusinessRequest.builder()
          .legalName("Northwind Holdings SL").countryCode("ES").build());
      ctx.report().call("POST /businesses/create/ (no vendor_data)", "reachable by its internal id only");

      long businesses = didit.businesses().list().stream().count();
      ctx.report().call("GET /businesses/ (auto-paging)", businesses + " businesses");

      Map<String, Object> deleted = didit.businesses().deleteMany(DiditDeleteBusinessesRequest.builder()
          .vendorDataList(List.of(BUSINESS))
          .diditInternalIdList(List.of(unnamed.diditInternalId().orElseThrow()))
          .build()).additionalProperties();
      ctx.report().call("POST /businesses/delete/", "deleted " + deleted);
    }
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new DiditBusinessRegistry());
  }
}
