package dev.onboardkit.examples;

import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.lists.DiditCreateListEntryRequest;
import dev.onboardkit.didit.lists.DiditCreateListRequest;
import dev.onboardkit.didit.lists.DiditFaceEntryUpload;
import dev.onboardkit.didit.lists.DiditList;
import dev.onboardkit.didit.lists.DiditListEntriesParams;
import dev.onboardkit.didit.lists.DiditListEntry;
import dev.onboardkit.didit.lists.DiditListEntryType;
import dev.onboardkit.didit.lists.DiditListType;
import dev.onboardkit.didit.lists.DiditListsParams;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Example 9, Didit lists: find the system email blocklist and block an address, keep an allowlist of office IPs, and
 * blocklist a face from a photo (the image is sent as base64, encoded while it streams).
 */
public final class DiditBlocklists implements Example {
  @Override
  public String title() {
    return "15. Didit lists: blocklist an email and a face, keep an allowlist";
  }

  @Override
  public void run(ExampleContext ctx) throws Exception {
    if (ctx.verificationFakeIfUsed().isEmpty()) {
      ctx.report().note("changes the account's blocklists: run only against the embedded fake");
      return;
    }
    FakeDiditVerificationServer fake = ctx.verificationFakeIfUsed().get();
    try (DiditClient didit = DiditClient.builder().apiKey(fake.issueApiKey()).baseUrl(fake.baseUrl()).build()) {
      // [readme:didit-blocklist]
      DiditList emails = didit.lists().list(DiditListsParams.builder()
          .listType(DiditListType.BLOCKLIST).entryType(DiditListEntryType.EMAIL).build()).items().get(0);
      DiditListEntry blocked = didit.lists().entries().create(emails.uuid(), DiditCreateListEntryRequest.builder()
          .value("Chargeback@Example.COM").comment("Chargeback ring, case 7").build());
      // [/readme]
      ctx.report().call("POST /lists/" + emails.name().orElse("?") + "/entries/", "blocked " + blocked.value()
          .orElse("?") + " (stored normalised)");

      DiditList office = didit.lists().create(DiditCreateListRequest.builder().name("Office IPs")
          .listType(DiditListType.ALLOWLIST).entryType(DiditListEntryType.IP_ADDRESS).build());
      for (String range : new String[] {"10.20.0.0/16", "192.0.2.10"}) {
        didit.lists().entries().create(office.uuid(), DiditCreateListEntryRequest.builder().value(range).build());
      }
      int count = 0;
      for (DiditListEntry e : didit.lists().entries().list(office.uuid(),
          DiditListEntriesParams.builder().limit(1).build()).autoPager()) {
        count++;
      }
      ctx.report().call("GET /lists/" + office.uuid() + "/entries/?limit=1 (auto-paging)", count + " entries in "
          + office.name().orElse("?") + " (" + office.listType().wireValue() + ")");

      try {
        DiditCreateListRequest.builder().name("Blocked").listType(DiditListType.BLOCKLIST)
            .entryType(DiditListEntryType.EMAIL).build();
      } catch (InvalidRequestException e) {
        ctx.report().call("DiditCreateListRequest.build() with listType BLOCKLIST", e.problems().get(0).toString());
      }

      Path photo = Files.createTempFile("fraudster", ".jpg");
      try {
        Files.write(photo, ExampleImages.jpeg("fraudster's face"));
        DiditList faces = didit.lists().list(DiditListsParams.builder()
            .listType(DiditListType.BLOCKLIST).entryType(DiditListEntryType.FACE).build()).items().get(0);
        // [readme:didit-face-blocklist]
        DiditListEntry face = didit.lists().entries().uploadFace(faces.uuid(), DiditFaceEntryUpload.builder()
            .image(FileUpload.of(photo))                        // a Path, bytes or an InputStream
            .comment("Known fraudster")
            .build());
        // [/readme]
        ctx.report().call("POST /lists/" + faces.name().orElse("?") + "/entries/face-upload/", "face "
            + face.value().orElse("?").length() + "-character id stored, comment \"" + face.comment().orElse("")
            + "\"");
      } finally {
        Files.deleteIfExists(photo);
      }

      didit.lists().delete(office.uuid());
      ctx.report().call("DELETE /lists/" + office.uuid() + "/", "allowlist and its entries removed");
    }
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new DiditBlocklists());
  }
}
