package dev.onboardkit.examples;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.organizations.DiditOrganization;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraApplicationSummary;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.util.List;

/**
 * Example 6, errors and retries: a rate-limited call with {@code wait}, a validation error listing every problem,
 * and a create whose outcome is unknown.
 */
public final class ErrorsAndRetries implements Example {
  @Override
  public String title() {
    return "6. Errors and retries";
  }

  @Override
  public void run(ExampleContext ctx) {
    validationListsEveryProblem(ctx);
    if (ctx.diditFakeIfUsed().isPresent() && ctx.klaraFakeIfUsed().isPresent()) {
      rateLimitedCall(ctx, ctx.diditFakeIfUsed().get());
      outcomeUnknownCreate(ctx, ctx.klara(), ctx.klaraFakeIfUsed().get());
    } else {
      ctx.report().note("rate-limit and outcome-unknown demos need the fake servers' fault injection: skipped");
    }
  }

  private static void validationListsEveryProblem(ExampleContext ctx) {
    try {
      KlaraCreateApplicationRequest.builder()
          .configId(" ")
          .primaryContact("", "not-an-email", null)
          .country("XX")
          .build();
    } catch (InvalidRequestException e) {
      ctx.report().call("KlaraCreateApplicationRequest.build()", e.problems().size() + " problems, nothing sent:");
      for (ValidationProblem p : e.problems()) {
        ctx.report().note("  - " + p);
      }
    }
  }

  private static void rateLimitedCall(ExampleContext ctx, FakeDiditServer fake) {
    String email = "ratelimits@acme-reseller.io";
    String password = "Sup3r-Secret!pass";
    fake.createVerifiedAccount(email, password);
    try (DiditAuthClient didit = ctx.diditBuilder().credentials(email, password).build()) {
      RequestMatcher orgs = RequestMatcher.of("GET", "/organizations/me/");

      // A short throttle: the SDK waits the `wait` seconds the server asks for, then retries.
      fake.faults().failNext(1, orgs, 429, "{\"detail\":\"Request was throttled.\",\"wait\":1}");
      ApiResponse<List<DiditOrganization>> listed = didit.organizations().withRawResponse().list();
      ctx.report().call("GET /organizations/me/ (throttled once, wait 1)",
          listed.statusCode() + " after " + listed.attempts() + " attempts");

      // A long throttle: the SDK does not sleep for an hour; it reports how long to wait.
      fake.faults().failNext(1, orgs, 429, "{\"detail\":\"Request was throttled.\",\"wait\":3600}");
      try {
        didit.organizations().list();
      } catch (RateLimitException e) {
        ctx.report().call("GET /organizations/me/ (throttled, wait 3600)",
            "RateLimitException, retry after " + e.retryAfter().orElseThrow().toMinutes() + " min");
      }
    }
  }

  private static void outcomeUnknownCreate(ExampleContext ctx, KlaraClient klara, FakeKlaraServer fake) {
    String company = "Umbrella Holdings " + System.nanoTime();
    // The server creates the application, then the connection drops before the answer arrives.
    fake.faults().dropAfterProcessing(1, RequestMatcher.of("POST", "/applications"));
    try {
      klara.applications().create(KlaraCreateApplicationRequest.builder().configId(ctx.klaraConfigId())
          .primaryContact("Alice Wesker", "alice@umbrella.example.org", null).companyName(company).country("IE")
          .build());
    } catch (ApiConnectionException e) {
      ctx.report().call("POST /applications (connection dropped after processing)",
          "ApiConnectionException, outcomeUnknown=" + e.outcomeUnknown() + ", sent " + e.attempts() + " time(s)");
      // Never create again blindly: look it up first.
      long found = klara.applications().list(KlaraListApplicationsParams.builder().limit(100).build()).stream()
          .map(KlaraApplicationSummary::companyName).filter(name -> name.isPresent() && name.get().equals(company))
          .count();
      ctx.report().call("GET /applications (reconcile)", "found " + found + " application for " + company);
    }
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new ErrorsAndRetries());
  }
}
