package dev.onboardkit.didit.workflows;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * A feature (step) of a Didit verification workflow, as sent in {@code features[].feature}. Put dependency features
 * first: {@link #OCR} before {@link #FACE_MATCH}, {@link #NFC} and {@link #DATABASE_VALIDATION}; KYB workflows use
 * {@link #KYB_REGISTRY}, {@link #KYB_DOCUMENTS} and {@link #KYB_KEY_PEOPLE}.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum DiditWorkflowFeature implements OpenEnum {
  /** Identity document capture and reading. */
  OCR("OCR"),
  /** Reading the document's chip. */
  NFC("NFC"),
  /** Liveness check of a selfie capture. */
  LIVENESS("LIVENESS"),
  /** Comparing the selfie with the document portrait. */
  FACE_MATCH("FACE_MATCH"),
  /** Estimating the age from the face. */
  AGE_ESTIMATION("AGE_ESTIMATION"),
  /** Verifying a phone number with a code. */
  PHONE_VERIFICATION("PHONE_VERIFICATION"),
  /** Verifying an email address with a code. */
  EMAIL_VERIFICATION("EMAIL_VERIFICATION"),
  /** Checking the identity against authoritative databases. */
  DATABASE_VALIDATION("DATABASE_VALIDATION"),
  /** Screening against sanctions, PEP and adverse-media lists. */
  AML("AML"),
  /** Analysing the user's IP address and device. */
  IP_ANALYSIS("IP_ANALYSIS"),
  /** Proof-of-address document. */
  PROOF_OF_ADDRESS("PROOF_OF_ADDRESS"),
  /** A custom questionnaire. */
  QUESTIONNAIRE("QUESTIONNAIRE"),
  /** KYB: company registry check. */
  KYB_REGISTRY("KYB_REGISTRY"),
  /** KYB: company documents. */
  KYB_DOCUMENTS("KYB_DOCUMENTS"),
  /** KYB: key people of the company. */
  KYB_KEY_PEOPLE("KYB_KEY_PEOPLE"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditWorkflowFeature(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Returns the constant for a wire value, ignoring case.
   *
   * @param wire the value as sent by the API, or null
   * @return the constant; {@link #UNKNOWN} when the value is null or not known
   */
  public static DiditWorkflowFeature fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditWorkflowFeature.class, wire, UNKNOWN);
  }
}
