package dev.onboardkit.testkit.didit;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Session sharing and bulk imports of the Verification API fake: share tokens, import jobs, and the files the test
 * "hosts" for imports to read (the fake never fetches a URL). Guarded by the verification store's lock.
 */
final class DiditImportStore {
  static final Duration SHARE_LIFETIME = Duration.ofDays(7);

  private final Ids ids;
  private final Map<String, StoredShare> shares = new LinkedHashMap<>();
  private final Map<String, StoredImport> imports = new LinkedHashMap<>();
  private final Map<String, String> hostedFiles = new LinkedHashMap<>();

  DiditImportStore(Ids ids) {
    this.ids = ids;
  }

  StoredShare share(StoredVerificationSession session, String partnerClientId, Instant now) {
    StoredShare share = new StoredShare("shr_" + ids.base64Url(24), session.sessionId, partnerClientId,
        now.plus(SHARE_LIFETIME));
    shares.put(share.token, share);
    return share;
  }

  @Nullable StoredShare share(String token) {
    return shares.get(token);
  }

  StoredImport newImport(String importType, String sourceFormat, String sourceFileUrl, @Nullable String workflowId,
      Instant now) {
    StoredImport job = new StoredImport(ids.uuid(), importType, sourceFormat, sourceFileUrl, workflowId, now);
    imports.put(job.id, job);
    return job;
  }

  @Nullable StoredImport job(String id) {
    return imports.get(id);
  }

  void host(String url, String content) {
    hostedFiles.put(url, content);
  }

  @Nullable String hosted(String url) {
    return hostedFiles.get(url);
  }
}
