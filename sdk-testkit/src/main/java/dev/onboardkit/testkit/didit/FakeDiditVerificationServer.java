package dev.onboardkit.testkit.didit;

import dev.onboardkit.testkit.AbstractFakeServer;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.internal.FakeHttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An in-process, stateful fake of Didit's Verification API v3 ({@code /v3}), listening on {@code 127.0.0.1}: sessions
 * that move through their statuses when the test says so, decisions with check arrays, workflows, webhook
 * destinations and signed webhook deliveries. Fault injection comes from {@link #faults()}.
 *
 * <pre>{@code
 * try (FakeDiditVerificationServer didit = FakeDiditVerificationServer.start()) {
 *   DiditClient client = DiditClient.builder().baseUrl(didit.baseUrl()).apiKey(didit.apiKey()).build();
 *   didit.onWebhook(deliveries::add);
 *   DiditSession session = client.sessions().create(DiditCreateSessionRequest.of(didit.defaultWorkflowId()));
 *   didit.complete(session.sessionId(), DiditOutcome.APPROVED);   // status.updated is delivered, signed
 * }
 * }</pre>
 *
 * <h2>Clock</h2>
 * {@link #start()} uses {@link FakeClock#tracking()}: webhook timestamps follow the system clock, so a webhook verifier
 * built the obvious way (on the system clock) accepts them, and {@code clock().advance(...)} still moves the fake
 * forward. With {@link #start(FakeClock)} every timestamp comes from that clock; give the verifier the same clock.
 *
 * <h2>Contract (statuses and messages marked <i>inferred</i> are not stated in Didit's docs)</h2>
 * <ul>
 *   <li>Every endpoint but {@code GET /system/healthcheck} needs {@code x-api-key}: {@link #apiKey()}, a key from
 *       {@link #issueApiKey()} or {@link #acceptApiKey(String)}, or (with {@link #startLinkedTo(FakeDiditServer)}) the
 *       API key of any application of that Auth API fake. Without one: 403
 *       {@code {"detail":"You do not have permission to perform this action."}}.
 *   <li>{@code POST /session/}: {@code workflow_id} must name a workflow of the fake (the fake starts with one,
 *       {@link #defaultWorkflowId()}: OCR, LIVENESS, FACE_MATCH, AML); 201 with the 10 documented keys, status
 *       {@code Not Started}, a 12-character session token and {@code url} {@code https://verify.didit.me/session/
 *       <token>}. An unfinished session ({@code Not Started}, {@code In Progress}, {@code Resubmitted},
 *       {@code Awaiting User}) with the same {@code vendor_data} on the same workflow is returned again (201). With
 *       {@link #outOfCredits(boolean)}: 402. An invalid {@code callback_method}: 422 with {@code allowed}.
 *   <li>{@code GET /session/{id}/decision/}: the decision; every check array is {@code null} until
 *       {@link #complete(String, DiditOutcome)} fills the arrays of the workflow's features. {@code ?include=events}
 *       adds {@code events}.
 *   <li>{@code GET /sessions/}: newest first, {@code limit} (default 20, at most 100) and {@code offset}, filters
 *       {@code status}, {@code vendor_data}, {@code workflow_id}, {@code session_kind}; {@code next} and
 *       {@code previous} are absolute URLs.
 *   <li>{@code PATCH /session/{id}/update-status/}: {@code Approved}, {@code Declined} or {@code Resubmitted} (with a
 *       non-empty {@code nodes_to_resubmit}); another status: 422 with {@code allowed}. Adds a review.
 *   <li>{@code DELETE /session/{id}/delete/}: 204 without a body; 200 with {@code session_id}, {@code session_number},
 *       {@code face_retention_outcome} and {@code biometric_template_uuid} when a body is sent.
 *       {@code POST /sessions/delete/}: {@code session_numbers} or {@code delete_all}; 200 {@code {"results": [...]}}.
 *   <li>{@code GET /session/{id}/generate-pdf} (with or without the slash): a small {@code application/pdf} file.
 *   <li>{@code PATCH /session/{id}/update-data/} and {@code .../update-poa-data/}: merge into the first ID (or
 *       proof-of-address) check; 400 before the session is completed (inferred).
 *   <li>{@code /sessions/{id}/reviews/} (GET, POST 201); {@code GET /session/{id}/webhooks/},
 *       {@code GET /session/{id}/webhook/{uuid}} (no slash), {@code POST .../resend}: delivery records with
 *       {@code request_header} and {@code request_body} as JSON strings.
 *   <li>{@code /workflows/} (GET a bare array newest first, POST 201 with {@code uuid} and {@code workflow_id}; flat
 *       {@code is_*_enabled} flags and {@code workflow_type} are rejected with 400), {@code /workflows/{id}/} (GET,
 *       PATCH, DELETE 204).
 *   <li>{@code /webhook/destinations/} (GET a bare array without secrets, POST 201 with {@code secret_shared_key}; the
 *       URL must be https, or http on loopback, and unique), {@code .../{uuid}/} (GET with the secret, PATCH, DELETE
 *       204), {@code .../{uuid}/deliveries/} and {@code .../deliveries/{uuid}/}. {@code GET|PATCH /webhook/}: the
 *       legacy settings, with {@code rotate_secret_key}.
 *   <li>Standalone checks, with the test data of {@link DiditScreeningTestData}. {@code POST /aml/}: a sanctions hit
 *       (score 100, {@code Declined}) for {@code SANCTIONED_NAME}, a PEP hit ({@code In Review}) for
 *       {@code PEP_NAME}, none ({@code Approved}) otherwise. {@code POST /database-validation/}: {@code full_match}
 *       when the document is in the registry and every name and date given matches, {@code partial_match} when some
 *       differ, {@code no_match} when the document is unknown ({@code partial_match_action}/{@code no_match_action}
 *       {@code DECLINE} declines, otherwise {@code In Review}); 400 without a document number (inferred).
 *       {@code POST /kyb/search/}: the registry's companies of the country by name ({@code contains},
 *       {@code start_with}, {@code fuzzy}) or registration number, each with a fresh {@code kyb_response_id}; free.
 *       {@code POST /kyb/select/}: that company's profile; 404 for an unknown handle.
 *   <li>One-time codes: {@code /email/send/} and {@code /phone/send/} put a code (6 digits, or {@code code_size})
 *       in {@link #otpOutbox()}; valid 5 minutes; a second send while pending is {@code Retry} (same code and
 *       {@code request_id}), a third starts a new verification; more than
 *       {@value DiditScreeningTestData#SENDS_PER_HOUR} sends an hour: {@code Blocked}; undeliverable addresses and
 *       numbers: {@code Undeliverable}. {@code /email/check/} and {@code /phone/check/}: {@code Approved},
 *       {@code Failed} (3 attempts), {@code Declined} (a disposable address, a VoIP number, or one another
 *       {@code vendor_data} verified, when the matching action is {@code DECLINE}) or {@code Expired or Not Found},
 *       with the verification and its lifecycle.
 *   <li>{@code /transactions/}: POST validates the documented required members (400 for a repeated
 *       {@code transaction_id}) and scores the transaction with the rules of {@code DiditScreeningTestData} (large
 *       amount, high-risk country, velocity, sanctioned wallet); GET lists newest first ({@code limit} default 50,
 *       {@code offset}, absolute {@code next}); {@code /transactions/{uuid}/}: the full record, 404 otherwise.
 *       {@code POST /wallet-screening/}: a deterministic risk by address ({@code SANCTIONED_WALLET}: 100,
 *       {@code CRITICAL}); 400 for an address not in its chain's format; 409 after
 *       {@link #transactionMonitoring(boolean) transactionMonitoring(false)}.
 *   <li>{@code GET /billing/balance/}: the ledger, a 4-decimal string; paid checks charge it (402 when it is too
 *       low, or after {@link #outOfCredits(boolean)}). {@code POST /billing/top-up/}: at least 50 dollars; a Stripe
 *       checkout whose amount reaches the balance when the test calls {@link #settleCheckout(String)}.
 *   <li>{@code /users/} and {@code /businesses/} (inferred shapes; Didit does not publish them): the application's
 *       users and businesses, grouped by {@code vendor_data}. A session naming a new {@code vendor_data} creates the
 *       user (the business, for a workflow with a KYB feature), and an approved session fills the user's blank name,
 *       birth date and issuing state from the document. {@code GET} lists newest first in limit/offset pages;
 *       {@code POST .../create/} (201; a user needs {@code vendor_data}; a taken one, a status other than
 *       {@code ACTIVE}, {@code FLAGGED}, {@code BLOCKED}, a bad {@code date_of_birth} or {@code country_code}: 400
 *       with every field's messages); {@code GET|PATCH .../{vendor_data}/} (the internal id also finds a business);
 *       {@code PATCH .../{vendor_data}/update-status/}; {@code POST .../delete/} with the id lists or
 *       {@code delete_all} (200 {@code {"deleted_count": n}}; unknown ids are skipped).
 *   <li>{@code /questionnaires/} (GET a bare array newest first, POST 201: {@code title} and a non-empty
 *       {@code questions} list of objects with {@code type} and {@code text}, each given a {@code uuid}),
 *       {@code .../{uuid}/} (GET, PATCH, DELETE 204).
 *   <li>{@code POST /session/{id}/share/} ({@code partner_client_id}; only an {@code Approved} session: 400
 *       otherwise) answers 201 with a {@code share_token} valid 7 days; {@code POST /session/import-shared/} with it
 *       creates a copy of the session (data, checks, status) and answers 201; a token works once.
 *   <li>{@code POST /session/imports/} ({@code source_file_url}, {@code import_type}, {@code source_format},
 *       {@code workflow_id}) runs the job at once on the file the test hosted with
 *       {@link #hostImportFile(String, String)} (another URL fails the job): valid user rows become completed
 *       sessions and users, business rows businesses, and each bad row an error. {@code GET .../template/} is a CSV
 *       of the canonical columns; {@code GET .../{id}/} the job with its {@code summary};
 *       {@code GET .../{id}/errors/} the failed rows in limit/offset pages.
 *   <li>{@code /lists/}: the fake starts with Didit's ten system blocklists (face, document, phone, email,
 *       ip_address, device_fingerprint, wallet_address, bank_account, user, business), which cannot be changed or
 *       deleted (400, inferred). GET: a limit/offset page (default 25) with {@code list_type}, {@code entry_type} and
 *       {@code ordering}; POST 201 an {@code allowlist} or {@code custom} list (another type, a missing field or a
 *       name already used: 400); {@code /lists/{uuid}/} GET, PATCH ({@code name}, {@code description}), DELETE 204.
 *   <li>{@code /lists/{uuid}/entries/}: GET a page with {@code search}; POST 201 with a {@code value} validated and
 *       normalised as Didit documents for the list's entry type (email, E.164 phone, IP or CIDR, at least 8
 *       alphanumerics for a device fingerprint, ISO country with alpha-2 converted to alpha-3, lower case
 *       otherwise), or taken from {@code reference_session_id} (the session's contact email or phone, first
 *       document number or IP, its face once completed); a duplicate value: 400 (inferred);
 *       {@code .../{entry}/} DELETE 204; {@code .../entries/face-upload/} POST 201 with {@code image} as base64 of a
 *       JPEG, PNG or WebP file (else 400), on face lists only.
 *   <li>{@code POST /id-verification/}, {@code /poa/}, {@code /passive-liveness/}, {@code /face-match/},
 *       {@code /face-search/}, {@code /age-estimation/}: multipart forms read for real. A missing, non-file or empty
 *       file part, a file over 5 MB (15 MB for {@code /poa/}) or of another extension, and a bad boolean, number or
 *       choice field: 400 with Django REST framework's messages. The answer is {@code {request_id, <report>,
 *       vendor_data, metadata, created_at}} with a canned report whose scores follow from the images' bytes (the
 *       same image, the same result): face match scores 98.62 for identical images, declined at or below
 *       {@code face_match_score_decline_threshold} (30); liveness scores 75 to 99 with detected faces; age
 *       estimation 16 to 60 years, declined below {@code age_estimation_decline_threshold} (18); ID verification
 *       extracts a fixed Spanish identity card (age 45) and declines below {@code minimum_age}; proof of address
 *       reads a fixed water bill and declines when the expected name or address differs. A face uploaded to the face
 *       blocklist declines liveness and face search of the same image ({@code FACE_IN_BLOCKLIST}); a document
 *       number on the document blocklist declines ID verification; saved liveness calls enroll the face, so a later
 *       search or liveness check of the same image under other {@code vendor_data} reports
 *       {@code DUPLICATED_FACE}. With {@link #outOfCredits(boolean)}: 403.
 *   <li>{@code GET|PATCH /customization/}: the branding (Didit's documented defaults, no logos). PATCH with JSON
 *       (hex colors {@code #RRGGBB} or {@code #RRGGBBAA}, integers, booleans, font, {@code delete_*} flags) or with a
 *       multipart form of {@code image_square}, {@code image_rectangular} (1 MB) and {@code image_favicon} (500 KB),
 *       PNG, JPEG or WebP, which set the logo URLs; any problem: 400 and nothing changes.
 * </ul>
 *
 * <h2>Webhooks</h2>
 * Every status change (a test-side call, {@code update-status} or a review that sets a status) produces a v3
 * {@code status.updated} event, with {@code decision} on {@code Approved}, {@code Declined}, {@code In Review} and
 * {@code Abandoned} and {@code resubmit_info} on {@code Resubmitted}. One delivery goes to each enabled destination
 * subscribed to {@code status.updated}, signed with its secret, and one to the legacy {@code webhook_url} if set; with
 * neither, one delivery signed with {@link #webhookSecret()} goes to the listeners only. The body is Didit's
 * {@code json.dumps(event, sort_keys=True, ensure_ascii=True)} and the headers are {@code X-Signature-V2},
 * {@code X-Signature}, {@code X-Signature-Simple} and {@code X-Timestamp}. Listeners ({@link #onWebhook(Consumer)})
 * receive every delivery; the fake POSTs a delivery only to a loopback {@code http} URL (it never leaves the machine).
 *
 * <p>Thread-safe: all state sits behind one lock; deliveries are sent after it is released.
 */
public final class FakeDiditVerificationServer extends AbstractFakeServer {
  /**
   * Largest request body the endpoints that take files accept: 20 MiB (a 15 MB proof-of-address document in a form,
   * or a 5 MB face as base64). Every other endpoint accepts 1 MiB. Larger bodies are answered with 413.
   */
  public static final long MAX_UPLOAD_BODY_BYTES = 20L * 1024 * 1024;

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private final DiditVerificationStore store;
  private final List<Consumer<WebhookDelivery>> listeners = new CopyOnWriteArrayList<>();

  private FakeDiditVerificationServer(DiditVerificationStore store, Deliverer deliverer) {
    super(FakeHttpServer.start(store.clock, "/v3", new DiditVerificationRoutes(store, deliverer),
        r -> DiditJson.notFound(), store.secrets, MAX_UPLOAD_BODY_BYTES));
    this.store = store;
    deliverer.server = this;
    store.baseUrl = baseUrl();
  }

  /** Sends queued deliveries after a request; set once the server exists. */
  private static final class Deliverer implements Runnable {
    volatile FakeDiditVerificationServer server;

    @Override
    public void run() {
      if (server != null) {
        server.flush();
      }
    }
  }

  /**
   * Starts a fake on an ephemeral loopback port whose clock follows the system clock ({@link FakeClock#tracking()}).
   *
   * @return the running fake
   */
  public static FakeDiditVerificationServer start() {
    return start(FakeClock.tracking());
  }

  /**
   * Starts a fake that uses the given clock for every timestamp, webhook timestamps included.
   *
   * @param clock the clock
   * @return the running fake
   */
  public static FakeDiditVerificationServer start(FakeClock clock) {
    return new FakeDiditVerificationServer(
        new DiditVerificationStore(Objects.requireNonNull(clock, "clock"), key -> false), new Deliverer());
  }

  /**
   * Starts a fake that also accepts the API key of every application of an Auth API fake, so that a key from
   * {@code verifyEmail} or {@code applications(org).retrieve} works here; its clock follows the system clock.
   *
   * @param auth the Auth API fake
   * @return the running fake
   */
  public static FakeDiditVerificationServer startLinkedTo(FakeDiditServer auth) {
    DiditStore authStore = Objects.requireNonNull(auth, "auth").store();
    Predicate<String> linked = authStore::isApiKey;
    return new FakeDiditVerificationServer(new DiditVerificationStore(FakeClock.tracking(), linked), new Deliverer());
  }

  /**
   * Returns the API key the fake issued when it started.
   *
   * @return the key, for {@code DiditClient.builder().apiKey(...)}
   */
  public String apiKey() {
    return store.firstApiKey();
  }

  /**
   * Issues another API key.
   *
   * @return the new key
   */
  public String issueApiKey() {
    return store.issueApiKey();
  }

  /**
   * Accepts a key the test chose.
   *
   * @param apiKey the key
   */
  public void acceptApiKey(String apiKey) {
    if (apiKey == null || apiKey.isEmpty()) {
      throw new IllegalArgumentException("apiKey must not be empty");
    }
    store.acceptApiKey(apiKey);
  }

  /**
   * Returns the workflow the fake starts with (OCR, LIVENESS, FACE_MATCH, AML), for sessions of tests that do not
   * create their own.
   *
   * @return its {@code workflow_id}
   */
  public String defaultWorkflowId() {
    return store.defaultWorkflowId;
  }

  /**
   * Returns the legacy webhook settings' secret, which signs deliveries when no destination is configured.
   *
   * @return the secret
   */
  public String webhookSecret() {
    synchronized (store) {
      return store.legacyWebhookSecret;
    }
  }

  /**
   * Marks a session as started by the user: {@code In Progress}, with its webhook.
   *
   * @param sessionId the session
   * @throws IllegalArgumentException if there is no such session
   */
  public void userStarted(String sessionId) {
    setStatus(sessionId, "In Progress");
  }

  /**
   * Completes a session: fills the check arrays of its workflow's features as the outcome says, sets its status and
   * delivers the {@code status.updated} webhook with the decision.
   *
   * @param sessionId the session
   * @param outcome how it ends
   * @throws IllegalArgumentException if there is no such session
   */
  public void complete(String sessionId, DiditOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    synchronized (store) {
      store.complete(session(sessionId), outcome);
    }
    flush();
  }

  /**
   * Sets any status, as Didit writes it (such as {@code "Abandoned"}, {@code "Expired"}, {@code "Kyc Expired"} or a
   * value the SDK does not know), and delivers the webhook.
   *
   * @param sessionId the session
   * @param status the status
   * @throws IllegalArgumentException if there is no such session or the status is blank
   */
  public void setStatus(String sessionId, String status) {
    if (status == null || status.isBlank()) {
      throw new IllegalArgumentException("status must not be blank");
    }
    synchronized (store) {
      store.setStatus(session(sessionId), status);
    }
    flush();
  }

  /**
   * Returns a session's status.
   *
   * @param sessionId the session
   * @return the status as Didit writes it, if the session exists
   */
  public Optional<String> sessionStatus(String sessionId) {
    synchronized (store) {
      StoredVerificationSession s = store.session(sessionId);
      return s == null ? Optional.empty() : Optional.of(s.status);
    }
  }

  /**
   * Returns the ids of the sessions that exist, oldest first.
   *
   * @return the ids
   */
  public List<String> sessionIds() {
    synchronized (store) {
      List<String> ids = new ArrayList<>();
      store.sessions().forEach(s -> ids.add(0, s.sessionId));
      return ids;
    }
  }

  /**
   * Returns a snapshot of every session, oldest first.
   *
   * @return the sessions
   */
  public List<DiditSessionRecord> sessions() {
    synchronized (store) {
      List<DiditSessionRecord> out = new ArrayList<>();
      for (StoredVerificationSession s : store.sessions()) {
        out.add(0, new DiditSessionRecord(s.sessionId, s.sessionNumber, s.status, s.workflowId, s.vendorData,
            dev.onboardkit.testkit.internal.Json.toMap(s.metadata), s.createdAt));
      }
      return out;
    }
  }

  /**
   * Returns how many sessions creates made (a create that returned an unfinished session again is not counted).
   *
   * @return the count
   */
  public int createdSessionCount() {
    return store.createdSessions();
  }

  /**
   * Makes session creates answer 402 (insufficient credits), or not.
   *
   * @param outOfCredits whether the balance is exhausted
   * @return this
   */
  public FakeDiditVerificationServer outOfCredits(boolean outOfCredits) {
    synchronized (store) {
      store.outOfCredits = outOfCredits;
      store.standalone.ledger.outOfCredits = outOfCredits;
    }
    return this;
  }

  // ---------------------------------------------------------------- standalone checks, transactions, billing

  /**
   * Returns every one-time code the fake sent by email or to a phone, for tests to read as the user would.
   *
   * @return the outbox
   */
  public DiditOtpOutbox otpOutbox() {
    return store.standalone.otp.outbox;
  }

  /**
   * Returns the credit balance: {@link DiditScreeningTestData#STARTING_BALANCE}, minus the paid checks (prices in
   * {@link DiditScreeningTestData}), plus the settled top-ups.
   *
   * @return the balance in US dollars
   */
  public BigDecimal balance() {
    synchronized (store) {
      return store.standalone.ledger.balance();
    }
  }

  /**
   * Sets the credit balance; paid checks answer 402 when it is below their price.
   *
   * @param balance the balance in US dollars, zero or more
   * @return this
   */
  public FakeDiditVerificationServer balance(BigDecimal balance) {
    if (balance == null || balance.signum() < 0) {
      throw new IllegalArgumentException("balance must be zero or more");
    }
    synchronized (store) {
      store.standalone.ledger.setBalance(balance.setScale(Math.max(4, balance.scale()), RoundingMode.UNNECESSARY));
    }
    return this;
  }

  /**
   * Settles a top-up's Stripe checkout as if the customer paid: its amount is added to the balance.
   *
   * @param checkoutSessionId the id the top-up returned
   * @return the amount added, in US dollars
   * @throws IllegalArgumentException if there is no such checkout or it was settled already
   */
  public BigDecimal settleCheckout(String checkoutSessionId) {
    synchronized (store) {
      return store.standalone.ledger.settle(checkoutSessionId);
    }
  }

  /**
   * Returns how many checkouts top-ups created, settled or not.
   *
   * @return the count
   */
  public int checkoutCount() {
    synchronized (store) {
      return store.standalone.ledger.checkoutCount();
    }
  }

  /**
   * Configures transaction monitoring (a screening provider) or not; without it, wallet screening answers 409.
   * Configured by default.
   *
   * @param configured whether a provider is configured
   * @return this
   */
  public FakeDiditVerificationServer transactionMonitoring(boolean configured) {
    synchronized (store) {
      store.standalone.transactions.monitoringConfigured = configured;
    }
    return this;
  }

  /**
   * Adds an identity to the registry database validation reads (the fake starts with the one in
   * {@link DiditScreeningTestData}).
   *
   * @param issuingState the country, ISO 3166-1 alpha-2 or alpha-3
   * @param documentNumber the document number
   * @param firstName the given name
   * @param lastName the family name
   * @param dateOfBirth the date of birth
   * @return this
   */
  public FakeDiditVerificationServer addRegistryIdentity(String issuingState, String documentNumber,
      String firstName, String lastName, LocalDate dateOfBirth) {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    if (DiditRegistries.country(issuingState) == null || documentNumber == null || firstName == null
        || lastName == null) {
      throw new IllegalArgumentException("a valid country, document number and names are required");
    }
    synchronized (store) {
      store.standalone.registries.addIdentity(issuingState, documentNumber, firstName, lastName, dateOfBirth);
    }
    return this;
  }

  /**
   * Adds a company to the registry KYB search reads (the fake starts with Tesco PLC, Tesco Stores Limited and
   * Northwind Trading Ltd in {@code GB}).
   *
   * @param countryCode the registry's country, ISO 3166-1 alpha-2
   * @param name the registered name
   * @param registrationNumber the registration number
   * @return this
   */
  public FakeDiditVerificationServer addRegistryCompany(String countryCode, String name, String registrationNumber) {
    if (countryCode == null || countryCode.length() != 2 || name == null || registrationNumber == null) {
      throw new IllegalArgumentException("an alpha-2 country, a name and a registration number are required");
    }
    synchronized (store) {
      store.standalone.registries.addCompany(countryCode, name, registrationNumber, "Private Limited Company",
          store.clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate(), "1 Test Street", List.of());
    }
    return this;
  }

  /**
   * Serves {@code content} as the file at {@code url} to bulk imports ({@code POST /session/imports/}); the fake never
   * fetches anything from the network, and an import of a URL no test hosted fails as a download error.
   *
   * @param url the {@code source_file_url} an import will name
   * @param content the file: CSV with a header row, or NDJSON
   * @return this
   * @throws IllegalArgumentException if an argument is null or the URL is not http(s)
   */
  public FakeDiditVerificationServer hostImportFile(String url, String content) {
    if (url == null || content == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
      throw new IllegalArgumentException("url must be an http(s) URL and content not null");
    }
    synchronized (store) {
      store.imports.host(url, content);
    }
    return this;
  }

  /**
   * Registers a listener that receives every webhook delivery, signed, as it is made. A listener that throws does not
   * stop the fake (record deliveries and assert on them afterwards).
   *
   * @param listener the listener
   * @return this
   */
  public FakeDiditVerificationServer onWebhook(Consumer<WebhookDelivery> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Returns every webhook delivery made so far, oldest first.
   *
   * @return the deliveries
   */
  public List<WebhookDelivery> deliveries() {
    List<WebhookDelivery> out = new ArrayList<>();
    store.allDeliveries().forEach(d -> out.add(d.request));
    return out;
  }

  private StoredVerificationSession session(String sessionId) {
    StoredVerificationSession s = sessionId == null ? null : store.session(sessionId);
    if (s == null) {
      throw new IllegalArgumentException("no session " + sessionId);
    }
    return s;
  }

  /** Sends the queued deliveries: to every listener, and by POST to loopback http URLs. */
  private void flush() {
    for (StoredDelivery d : store.takeOutbox()) {
      for (Consumer<WebhookDelivery> listener : listeners) {
        try {
          listener.accept(d.request);
        } catch (RuntimeException | AssertionError e) {
          // documented: a failing listener does not stop the fake
        }
      }
      if (d.url != null && isLoopbackHttp(d.url)) {
        d.responseStatus = post(d.url, d.request);
      }
    }
  }

  private static boolean isLoopbackHttp(String url) {
    try {
      URI u = URI.create(url);
      return "http".equalsIgnoreCase(u.getScheme())
          && ("127.0.0.1".equals(u.getHost()) || "localhost".equalsIgnoreCase(u.getHost()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static int post(String url, WebhookDelivery delivery) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(5))
        .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.bodyBytes()));
    delivery.headers().forEach(request::setHeader);
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
