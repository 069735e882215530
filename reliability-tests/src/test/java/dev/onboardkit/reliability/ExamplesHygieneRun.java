package dev.onboardkit.reliability;

import dev.onboardkit.examples.ExampleContext;
import dev.onboardkit.examples.Report;
import dev.onboardkit.examples.RunAllExamples;
import dev.onboardkit.testkit.didit.DiditMailMessage;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs every example against the fakes and collects what it printed, its secrets and its clients. */
final class ExamplesHygieneRun {
  private ExamplesHygieneRun() {}

  static void run(LeakCollector c) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Report report = new Report(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try (ExampleContext ctx = new ExampleContext(Map.of(), report)) {
      RunAllExamples.runAll(ctx);
      FakeKlaraServer klaraFake = ctx.klaraFakeIfUsed().orElseThrow();
      FakeDiditServer diditFake = ctx.diditFakeIfUsed().orElseThrow();
      klaraFake.issuedSecrets().forEach(c::secret);
      diditFake.issuedSecrets().forEach(c::secret);
      diditFake.mailbox().messages().stream().map(DiditMailMessage::code).forEach(c::secret);
      ctx.verificationFakeIfUsed().orElseThrow().issuedSecrets().forEach(c::secret);
      c.secret("Sup3r-Secret!pass");
      c.secret(ctx.klara().options().credentials().orElseThrow().credential().headerValue().reveal());
      c.seen(ctx.klara());
      c.seen(ctx.klara().options());
    }
    c.texts.addAll(report.lines());
    c.texts.add(printed.toString(StandardCharsets.UTF_8));
  }
}
