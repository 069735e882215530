package dev.onboardkit.didit.decisions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.internal.json.MaskedInJson;
import dev.onboardkit.core.json.ApiObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The full result of a verification session, from {@code GET /session/{session_id}/decision/} and inside webhook
 * events: the session's status and details, its reviews, and one array per feature the workflow ran.
 *
 * <pre>{@code
 * DiditDecision decision = didit.sessions().decision(sessionId);
 * if (decision.status() == DiditSessionStatus.APPROVED) {
 *   DiditIdVerification id = decision.idVerifications().first().orElseThrow();
 *   String name = id.fullName().orElse("?");
 * }
 * }</pre>
 *
 * <p>Each check array is {@code null} on the wire until the workflow has run that feature; {@link DiditChecks#hasRun()}
 * tells. Media URLs in check items are short-lived presigned links (about 60 minutes): download them promptly or fetch
 * the decision again, and never store them as lasting references. The session's own status is
 * {@link #status()}; each check has its own (see {@link DiditCheck}).
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditDecision.Builder.class)
public abstract class DiditDecision implements ApiObject {
  DiditDecision() {}

  /**
   * Returns the session's identifier.
   *
   * @return the session id
   */
  public abstract String sessionId();

  /**
   * Returns the session's kind as sent: {@code user} or {@code business}.
   *
   * @return the raw kind, if sent
   */
  @JsonProperty("session_kind")
  public abstract Optional<String> sessionKindRaw();

  /**
   * Returns the session's number, the id that batch deletes take.
   *
   * @return the number, if sent
   */
  public abstract Optional<Long> sessionNumber();

  /**
   * Returns the session's verification URL; it lets whoever holds it continue the session, so it is masked in
   * {@code toString()} and in the JSON of other mappers.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  @MaskedInJson
  public abstract Optional<String> sessionUrl();

  /**
   * Returns the session's status as sent, such as {@code "In Review"}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the workflow the session runs.
   *
   * @return the workflow id, if sent
   */
  public abstract Optional<String> workflowId();

  /**
   * Returns the features the workflow runs, as sent (such as {@code "ID_VERIFICATION"}).
   *
   * @return the features; empty when not sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<String> features();

  /**
   * Returns your identifier for the user, as given at creation.
   *
   * @return the vendor data, if set
   */
  public abstract Optional<String> vendorData();

  /**
   * Returns the metadata given at creation.
   *
   * @return the metadata; empty when none
   */
  @AllowNulls
  public abstract Map<String, Object> metadata();

  /**
   * Returns the expected details given at creation.
   *
   * @return the details; empty when none
   */
  @AllowNulls
  public abstract Map<String, Object> expectedDetails();

  /**
   * Returns the contact details given at creation.
   *
   * @return the details; empty when none
   */
  @AllowNulls
  public abstract Map<String, Object> contactDetails();

  /**
   * Returns the callback URL given at creation.
   *
   * @return the URL, if set
   */
  public abstract Optional<String> callback();

  /**
   * Returns when the session was created.
   *
   * @return the time, if sent
   */
  public abstract Optional<Instant> createdAt();

  /**
   * Returns when the session expires.
   *
   * @return the time, if sent
   */
  public abstract Optional<Instant> expiresAt();

  /**
   * Returns where the session ran, as sent: {@code live} or {@code sandbox}.
   *
   * @return the raw environment, if sent
   */
  @JsonProperty("environment")
  public abstract Optional<String> environmentRaw();

  /**
   * Returns the manual reviews of the session.
   *
   * @return the reviews; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<DiditReview> reviews();

  /**
   * Returns the session's events, sent only when the decision was asked for with events.
   *
   * @return the events; empty when not asked for
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<Map<String, Object>> events();

  /**
   * The {@code id_verifications} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("id_verifications")
  abstract Optional<List<DiditIdVerification>> idVerificationsRaw();

  /**
   * The {@code nfc_verifications} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("nfc_verifications")
  abstract Optional<List<DiditNfcVerification>> nfcVerificationsRaw();

  /**
   * The {@code liveness_checks} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("liveness_checks")
  abstract Optional<List<DiditLivenessCheck>> livenessChecksRaw();

  /**
   * The {@code face_matches} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("face_matches")
  abstract Optional<List<DiditFaceMatch>> faceMatchesRaw();

  /**
   * The {@code phone_verifications} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("phone_verifications")
  abstract Optional<List<DiditPhoneVerification>> phoneVerificationsRaw();

  /**
   * The {@code email_verifications} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("email_verifications")
  abstract Optional<List<DiditEmailVerification>> emailVerificationsRaw();

  /**
   * The {@code poa_verifications} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("poa_verifications")
  abstract Optional<List<DiditPoaVerification>> poaVerificationsRaw();

  /**
   * The {@code document_ai_documents} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("document_ai_documents")
  abstract Optional<List<DiditDocumentAiDocument>> documentAiDocumentsRaw();

  /**
   * The {@code questionnaire_responses} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("questionnaire_responses")
  abstract Optional<List<DiditQuestionnaireResponse>> questionnaireResponsesRaw();

  /**
   * The {@code aml_screenings} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("aml_screenings")
  abstract Optional<List<DiditAmlScreening>> amlScreeningsRaw();

  /**
   * The {@code ip_analyses} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("ip_analyses")
  abstract Optional<List<DiditIpAnalysis>> ipAnalysesRaw();

  /**
   * The {@code database_validations} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("database_validations")
  abstract Optional<List<DiditDatabaseValidation>> databaseValidationsRaw();

  /**
   * The {@code registry_checks} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("registry_checks")
  abstract Optional<List<DiditRegistryCheck>> registryChecksRaw();

  /**
   * The {@code key_people_checks} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("key_people_checks")
  abstract Optional<List<DiditKeyPeopleCheck>> keyPeopleChecksRaw();

  /**
   * The {@code document_verifications} array as decoded: absent when null or not sent.
   *
   * @return the array
   */
  @JsonProperty("document_verifications")
  abstract Optional<List<DiditDocumentVerification>> documentVerificationsRaw();

  /**
   * Returns the session's kind.
   *
   * @return the kind; {@link dev.onboardkit.didit.sessions.DiditSessionKind#UNKNOWN} when absent or not known
   */
  public dev.onboardkit.didit.sessions.DiditSessionKind sessionKind() {
    return dev.onboardkit.didit.sessions.DiditSessionKind.fromWire(sessionKindRaw().orElse(null));
  }

  /**
   * Returns the session's status.
   *
   * @return the status; {@link dev.onboardkit.didit.sessions.DiditSessionStatus#UNKNOWN} when absent or not known
   */
  public dev.onboardkit.didit.sessions.DiditSessionStatus status() {
    return dev.onboardkit.didit.sessions.DiditSessionStatus.fromWire(statusRaw().orElse(null));
  }

  /**
   * Returns where the session ran.
   *
   * @return the environment; {@link DiditEnvironment#UNKNOWN} when absent or not known
   */
  public DiditEnvironment environment() {
    return DiditEnvironment.fromWire(environmentRaw().orElse(null));
  }

  /**
   * Returns the identity-document checks ({@code id_verifications}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditIdVerification> idVerifications() {
    return DiditChecks.of(idVerificationsRaw());
  }

  /**
   * Returns the NFC chip checks ({@code nfc_verifications}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditNfcVerification> nfcVerifications() {
    return DiditChecks.of(nfcVerificationsRaw());
  }

  /**
   * Returns the liveness checks ({@code liveness_checks}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditLivenessCheck> livenessChecks() {
    return DiditChecks.of(livenessChecksRaw());
  }

  /**
   * Returns the face matches ({@code face_matches}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditFaceMatch> faceMatches() {
    return DiditChecks.of(faceMatchesRaw());
  }

  /**
   * Returns the phone checks ({@code phone_verifications}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditPhoneVerification> phoneVerifications() {
    return DiditChecks.of(phoneVerificationsRaw());
  }

  /**
   * Returns the email checks ({@code email_verifications}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditEmailVerification> emailVerifications() {
    return DiditChecks.of(emailVerificationsRaw());
  }

  /**
   * Returns the proof-of-address checks ({@code poa_verifications}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditPoaVerification> poaVerifications() {
    return DiditChecks.of(poaVerificationsRaw());
  }

  /**
   * Returns the documents read by Document AI ({@code document_ai_documents}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditDocumentAiDocument> documentAiDocuments() {
    return DiditChecks.of(documentAiDocumentsRaw());
  }

  /**
   * Returns the questionnaire answers ({@code questionnaire_responses}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditQuestionnaireResponse> questionnaireResponses() {
    return DiditChecks.of(questionnaireResponsesRaw());
  }

  /**
   * Returns the AML screenings ({@code aml_screenings}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditAmlScreening> amlScreenings() {
    return DiditChecks.of(amlScreeningsRaw());
  }

  /**
   * Returns the IP and device analyses ({@code ip_analyses}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditIpAnalysis> ipAnalyses() {
    return DiditChecks.of(ipAnalysesRaw());
  }

  /**
   * Returns the database validations ({@code database_validations}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditDatabaseValidation> databaseValidations() {
    return DiditChecks.of(databaseValidationsRaw());
  }

  /**
   * Returns the company-registry checks (KYB) ({@code registry_checks}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditRegistryCheck> registryChecks() {
    return DiditChecks.of(registryChecksRaw());
  }

  /**
   * Returns the key-people checks (KYB) ({@code key_people_checks}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditKeyPeopleCheck> keyPeopleChecks() {
    return DiditChecks.of(keyPeopleChecksRaw());
  }

  /**
   * Returns the company-document checks (KYB) ({@code document_verifications}).
   *
   * @return the checks; {@link DiditChecks#hasRun()} is false while Didit sends {@code null}
   */
  public DiditChecks<DiditDocumentVerification> documentVerifications() {
    return DiditChecks.of(documentVerificationsRaw());
  }
}
