package dev.onboardkit.testkit.klara;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.AbstractFakeServer;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.internal.FakeHttpServer;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-process, stateful fake of Klara's external API, listening on {@code 127.0.0.1}. It enforces the documented
 * contract (API keys with scopes, validation messages, statuses, pagination, decisions, pre-auth codes) and offers
 * fault injection, a controllable clock and signed webhooks.
 *
 * <h2>Clock</h2>
 * {@link #start()} uses {@link FakeClock#tracking()}: the fake's time follows the system clock, so a client or a
 * webhook verifier built the obvious way (on the system clock) agrees with it about expiry and webhook timestamps, and
 * {@code clock().advance(...)} still moves the fake forward (for example past a pre-auth code's 72 hours). With
 * {@link #start(FakeClock)}, for example {@code start(new FakeClock())} for a clock that stands still at
 * {@link FakeClock#DEFAULT_START}, every time comes from that clock: give the verifier the same clock.
 *
 * <pre>{@code
 * try (FakeKlaraServer klara = FakeKlaraServer.start()) {
 *   String key = klara.issueApiKey();                 // all scopes, in the fake's organization
 *   URI baseUrl = klara.baseUrl();                    // http://127.0.0.1:<port>/api/external
 *   // ... point the client at baseUrl with key, create an application ...
 *   assertEquals(1, klara.createdCount());
 * }
 * }</pre>
 *
 * <h2>Contract (statuses marked <i>inferred</i> are not stated in Klara's docs)</h2>
 * <ul>
 *   <li>Auth, on every endpoint: no {@code Authorization: Bearer} header: 401 {@code {"error":"Missing API key"}};
 *       unknown or revoked key: 401 {@code {"error":"Invalid API key"}} or, with
 *       {@link #unauthorizedShape(KlaraUnauthorizedShape)}, {@code {"error":"unauthorized","message":"Invalid or expired
 *       API key"}}; key without the endpoint's scope: 401 {@code {"error":"API key missing required scopes: <scope>"}}.
 *       Unknown paths: 404 {@code {"error":"Not found"}} (inferred); wrong method: 405 {@code {"error":"Method not
 *       allowed"}} (inferred); bodies over 1 MiB: 413 {@code {"error":"Request body too large"}} (inferred).
 *   <li>{@code POST /applications} ({@code applications:create}): malformed JSON 400 {@code {"error":"Invalid JSON
 *       body"}}; missing or blank {@code config_id}, {@code company_name}, {@code country}, {@code company_number}
 *       (only for {@code GB}), {@code primary_contact.name}, {@code primary_contact.email}: 400
 *       {@code {"error":"Missing required fields","required":[...]}} in that order; non-boolean {@code pre_auth}: 400
 *       {@code {"error":"Invalid request body","details":{"pre_auth":[...]}}} (inferred); bad email: 400
 *       {@code {"error":"Invalid email address for primary_contact.email"}}; unknown config: 400
 *       {@code {"error":"Invalid config_id"}} (inferred status); another organization's config: 403
 *       {@code {"error":"Config not available for this organization"}} (inferred status). Success: 201 with
 *       {@code application_id}, {@code link}, {@code participants} and, when asked, {@code pre_auth_code} (16
 *       upper-case alphanumerics, valid 72 h on the fake clock). The status starts as {@code sent}, or {@code created}
 *       with a {@code warning} when {@link #failInviteEmails(boolean)} is on (inferred). Companies House checks for
 *       GB are not simulated.
 *   <li>{@code POST /applications/{id}/pre-auth} ({@code applications:create}): 201 with a new code every call;
 *       approved/rejected: 400 {@code {"error":"Application is in a terminal status and pre-auth is no longer
 *       applicable"}} (inferred status); unknown or other organization: 404 {@code {"error":"Application not
 *       found"}} (inferred status).
 *   <li>{@code GET /applications/{id}} ({@code applications:read}): 200, or 404 as above. Besides the documented
 *       members it carries {@code documents} (accepted documents, as in the list).
 *   <li>{@code GET /applications} ({@code applications:read}): newest first; {@code limit} 1..100 (default 50), else
 *       400 {@code {"error":"Invalid limit: must be an integer between 1 and 100"}}; unknown {@code status}: 400
 *       {@code {"error":"Invalid status"}}; undecodable {@code cursor}: 400 {@code {"error":"Invalid cursor"}} (all
 *       inferred). The cursor is opaque and stable while new applications are created.
 *   <li>{@code GET /applications/{id}/documents/{docId}} ({@code applications:read}): 200 {@code {url, file_name,
 *       file_type}} or 404 {@code {"error":"Document not found"}}.
 *   <li>{@code POST /applications/{id}/decision} ({@code applications:write}): invalid JSON 400; unknown application
 *       404; bad or missing {@code type}/{@code timestamp}/{@code application_id}: 400 {@code {"error":"Invalid
 *       request body","details":{field:[...]}}}; id mismatch: 400 {@code {"error":"application_id in body does not
 *       match URL parameter"}}; status created/sent/in_progress: 400 {@code {"error":"Application has not been
 *       submitted"}} (message inferred from the truncated docs); new type: 201 {@code {success, decision_type,
 *       application_id}}; same type again: 200 {@code {success, already_recorded: true, message}}. Approved and
 *       rejected set the status and {@code completed_at}; referred moves a submitted application to {@code review}
 *       (inferred).
 *   <li>{@code POST /rfi-requests} ({@code rfi:create}): 201 (inferred status) with {@code expires_at} 14 days out
 *       and, for {@code pre_authenticated: true}, a 16-character code valid 10 minutes; validation as for
 *       applications (no {@code config_id}); a non-UUID {@code agent_id} gives {@code details.agent_id}.
 * </ul>
 *
 * <p>Thread-safe: all state sits behind one lock, so any number of concurrent clients can use one fake.
 */
public final class FakeKlaraServer extends AbstractFakeServer {
  /** Scope for creating applications and refreshing pre-auth codes. */
  public static final String SCOPE_APPLICATIONS_CREATE = "applications:create";
  /** Scope for listing and reading applications and documents. */
  public static final String SCOPE_APPLICATIONS_READ = "applications:read";
  /** Scope for recording decisions. */
  public static final String SCOPE_APPLICATIONS_WRITE = "applications:write";
  /** Scope for creating RFI requests. */
  public static final String SCOPE_RFI_CREATE = "rfi:create";
  /** Scope for reading RFI requests (no endpoint uses it yet). */
  public static final String SCOPE_RFI_READ = "rfi:read";
  /** Every scope; what {@link #issueApiKey(String...)} grants when called without arguments. */
  public static final List<String> ALL_SCOPES = List.of(SCOPE_APPLICATIONS_CREATE, SCOPE_APPLICATIONS_READ,
      SCOPE_APPLICATIONS_WRITE, SCOPE_RFI_CREATE, SCOPE_RFI_READ);
  /** The config id that exists from the start in the fake's organization. */
  public static final String DEFAULT_CONFIG_ID = "kyc-standard";
  /** The organization slug used in portal links. */
  public static final String ORGANIZATION_SLUG = "acme-corp";
  /** The {@code warning} text returned when the invite email fails. */
  public static final String INVITE_EMAIL_WARNING =
      "Application created, but the invite email could not be sent. The email can be resent.";

  private final KlaraStore store;

  private FakeKlaraServer(KlaraStore store) {
    super(FakeHttpServer.start(store.clock, "/api/external", new KlaraRoutes(store),
        r -> KlaraJson.error(404, "Not found"), store.secrets));
    this.store = store;
  }

  /**
   * Starts a fake on an ephemeral loopback port whose clock follows the system clock ({@link FakeClock#tracking()}).
   *
   * @return the running fake
   */
  public static FakeKlaraServer start() {
    return start(FakeClock.tracking());
  }

  /**
   * Starts a fake that uses the given clock (for example one shared with a {@code FakeDiditServer}).
   *
   * @param clock the clock
   * @return the running fake
   */
  public static FakeKlaraServer start(FakeClock clock) {
    return new FakeKlaraServer(new KlaraStore(Objects.requireNonNull(clock, "clock")));
  }

  // ---------------------------------------------------------------- keys, organizations, configs

  /**
   * Issues an API key in the fake's organization, in the documented format {@code klara_{24 hex}.{32 base64url}}.
   *
   * @param scopes the scopes to grant; none means {@link #ALL_SCOPES}
   * @return the full key, for the {@code Authorization: Bearer} header
   * @throws IllegalArgumentException for a scope not in {@link #ALL_SCOPES}
   */
  public String issueApiKey(String... scopes) {
    return store.issueKey(store.organizationId, scopes);
  }

  /**
   * Issues an API key in a second organization, to test isolation: its applications and configs are invisible to
   * keys of the main organization (404 {@code Application not found}, 403 for configs).
   *
   * @param scopes the scopes to grant; none means {@link #ALL_SCOPES}
   * @return the full key
   */
  public String issueForeignApiKey(String... scopes) {
    return store.issueKey(store.foreignOrganizationId, scopes);
  }

  /**
   * Revokes a key immediately; later requests with it get the invalid-key 401.
   *
   * @param apiKey the full key
   * @return true if a live key was revoked
   */
  public boolean revokeApiKey(String apiKey) {
    return store.revokeKey(apiKey);
  }

  /**
   * Returns the id of the fake's organization (keys from {@link #issueApiKey(String...)} belong to it).
   *
   * @return the organization UUID
   */
  public String organizationId() {
    return store.organizationId;
  }

  /**
   * Returns the id of the second organization (keys from {@link #issueForeignApiKey(String...)}).
   *
   * @return the organization UUID
   */
  public String foreignOrganizationId() {
    return store.foreignOrganizationId;
  }

  /**
   * Adds a config to the fake's organization. {@value #DEFAULT_CONFIG_ID} exists from the start.
   *
   * @param configId the config id
   * @return this
   */
  public FakeKlaraServer addConfig(String configId) {
    store.addConfig(configId, store.organizationId);
    return this;
  }

  /**
   * Adds a config that belongs to the second organization: creating an application with it using a key of the main
   * organization gives 403 {@code Config not available for this organization}.
   *
   * @param configId the config id
   * @return this
   */
  public FakeKlaraServer addForeignConfig(String configId) {
    store.addConfig(configId, store.foreignOrganizationId);
    return this;
  }

  // ---------------------------------------------------------------- behaviour switches

  /**
   * Makes invite emails fail (or succeed again): applications are still created, with status {@code created} and
   * the {@code warning} {@value #INVITE_EMAIL_WARNING}.
   *
   * @param fail true to fail invite emails
   * @return this
   */
  public FakeKlaraServer failInviteEmails(boolean fail) {
    store.failInviteEmails(fail);
    return this;
  }

  /**
   * Chooses the participant identifier member ({@code link_slug} by default).
   *
   * @param identifier the documented shape to use
   * @return this
   */
  public FakeKlaraServer participantIdentifier(KlaraParticipantIdentifier identifier) {
    store.participantIdentifier(Objects.requireNonNull(identifier, "identifier"));
    return this;
  }

  /**
   * Chooses the 401 body for invalid keys ({@link KlaraUnauthorizedShape#INVALID_API_KEY} by default).
   *
   * @param shape the documented shape to use
   * @return this
   */
  public FakeKlaraServer unauthorizedShape(KlaraUnauthorizedShape shape) {
    store.unauthorizedShape(Objects.requireNonNull(shape, "shape"));
    return this;
  }

  // ---------------------------------------------------------------- moving applications along

  /**
   * Moves an application to a status, as the applicant or reviewer would. {@code submitted}, {@code review},
   * {@code approved} and {@code rejected} set {@code submitted_at} (once); approved and rejected set
   * {@code completed_at}; any status past {@code sent} marks the participant's email as verified.
   *
   * @param applicationId the application
   * @param status one of created, sent, in_progress, submitted, review, approved, rejected
   * @throws IllegalArgumentException for an unknown application or status
   */
  public void setStatus(String applicationId, String status) {
    store.setStatus(applicationId, status);
  }

  /**
   * Marks the participant's email as verified ({@code already_verified} in pre-auth refreshes).
   *
   * @param applicationId the application
   */
  public void markEmailVerified(String applicationId) {
    store.markEmailVerified(applicationId);
  }

  /**
   * Adds an accepted document (it appears in the list's {@code documents[]} with a {@code download_url}).
   *
   * @param applicationId the application
   * @param fileName the file name
   * @param fileType the MIME type
   * @return the document id
   */
  public String addDocument(String applicationId, String fileName, String fileType) {
    return addDocument(applicationId, "documents", fileName, fileType, "accepted");
  }

  /**
   * Adds a document with a given field and status (only {@code accepted} ones are listed; any can be downloaded).
   *
   * @param applicationId the application
   * @param fieldId the config field the document belongs to
   * @param fileName the file name
   * @param fileType the MIME type
   * @param status a document status such as {@code accepted} or {@code pending}
   * @return the document id
   */
  public String addDocument(String applicationId, String fieldId, String fileName, String fileType, String status) {
    return store.addDocument(applicationId, fieldId, fileName, fileType, status);
  }

  /**
   * Sets a member of the application's {@code data.fields}.
   *
   * @param applicationId the application
   * @param name the field name
   * @param value a JSON-compatible value (string, number, boolean, map, list or null)
   */
  public void putField(String applicationId, String name, @Nullable Object value) {
    store.putField(applicationId, name, value);
  }

  /**
   * Appends a person to the application's {@code data.people}.
   *
   * @param applicationId the application
   * @param person the person's JSON members, such as {@code id}, {@code full_name}, {@code roles}
   */
  public void addPerson(String applicationId, Map<String, Object> person) {
    store.addPerson(applicationId, person);
  }

  /**
   * Appends an entity to the application's {@code data.entities}.
   *
   * @param applicationId the application
   * @param entity the entity's JSON members, such as {@code type} and {@code source}
   */
  public void addEntity(String applicationId, Map<String, Object> entity) {
    store.addEntity(applicationId, entity);
  }

  // ---------------------------------------------------------------- inspection

  /**
   * Returns every application the fake really created, in creation order.
   *
   * @return snapshots
   */
  public List<KlaraApplicationSnapshot> createdApplications() {
    return store.snapshots();
  }

  /**
   * Returns how many applications the fake really created (so a test can assert a retry did not create twice).
   *
   * @return the count
   */
  public int createdCount() {
    return store.createdCount();
  }

  /**
   * Returns one application.
   *
   * @param applicationId the id
   * @return the snapshot, if it exists
   */
  public Optional<KlaraApplicationSnapshot> application(String applicationId) {
    return Optional.ofNullable(store.snapshot(applicationId));
  }

  /**
   * Returns the decisions recorded for an application, in order (duplicates of a type are not stored).
   *
   * @param applicationId the application
   * @return the decisions
   * @throws IllegalArgumentException for an unknown application
   */
  public List<KlaraRecordedDecision> decisions(String applicationId) {
    return store.decisions(applicationId);
  }

  /**
   * Returns the RFI requests created, in order.
   *
   * @return snapshots
   */
  public List<KlaraRfiRequestSnapshot> rfiRequests() {
    return store.rfiRequests();
  }

  /**
   * Returns whether a pre-auth code would still log the participant in: it is the application's latest code, it has
   * not expired on the fake clock (72 hours) and the application is not approved or rejected.
   *
   * @param applicationId the application
   * @param code the code
   * @return true if valid now
   */
  public boolean isPreAuthCodeValid(String applicationId, String code) {
    return store.preAuthCodeValid(applicationId, code);
  }

  // ---------------------------------------------------------------- webhooks

  /**
   * Returns the webhook signing secret (random per fake unless set).
   *
   * @return the secret
   */
  public String webhookSecret() {
    return store.webhookSecret();
  }

  /**
   * Sets the webhook signing secret.
   *
   * @param secret the secret; not empty
   * @return this
   */
  public FakeKlaraServer setWebhookSecret(String secret) {
    store.setWebhookSecret(secret);
    return this;
  }

  /**
   * Builds a signed webhook as Klara sends it: the camelCase envelope
   * {@code {id, type, timestamp, applicationId, organizationId, data}}, {@code X-Klara-Timestamp} (unix seconds on
   * the fake clock) and {@code X-Klara-Signature: sha256=<hex>}, the HMAC-SHA256 of {@code "{timestamp}.{raw body}"}
   * with {@link #webhookSecret()}.
   *
   * @param type the event type, such as {@code application.submitted}, {@code application.opened} or
   *     {@code webhook.test}
   * @param applicationId the application (JSON null when null, as for {@code webhook.test})
   * @param data the event's {@code data} object
   * @return the delivery
   */
  public WebhookDelivery signedEvent(String type, @Nullable String applicationId, Map<String, Object> data) {
    return KlaraWebhookSender.signedEvent(store, type, applicationId, Objects.requireNonNull(data, "data"));
  }

  /**
   * POSTs a delivery with its headers to an endpoint and returns the status (the response body is discarded).
   *
   * @param target the webhook endpoint
   * @param delivery the delivery, from {@link #signedEvent(String, String, Map)}
   * @return the HTTP status the endpoint answered
   * @throws UncheckedIOException if the endpoint cannot be reached
   */
  public int deliver(URI target, WebhookDelivery delivery) {
    return KlaraWebhookSender.deliver(Objects.requireNonNull(target, "target"),
        Objects.requireNonNull(delivery, "delivery"));
  }
}
