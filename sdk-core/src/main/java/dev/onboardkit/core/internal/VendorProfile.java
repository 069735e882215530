package dev.onboardkit.core.internal;

import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.error.ErrorClassifier;
import dev.onboardkit.core.internal.error.ErrorShape;
import dev.onboardkit.core.internal.log.Redactor;
import dev.onboardkit.core.internal.log.SecretPattern;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * What sdk-core needs to know about one vendor's API, handed over by its client module when it creates its
 * {@link ClientRuntime}: how to classify error responses, how its JSON error bodies are laid out, and which secret
 * formats to mask in free text, and which error responses besides a 401 mean rejected credentials. sdk-core names
 * no vendor; everything vendor-specific arrives through this.
 */
public final class VendorProfile {
  private final ErrorClassifier classifier;
  private final ErrorShape errorShape;
  private final List<SecretPattern> secretPatterns;
  private final Redactor redactor;
  private final BiPredicate<Integer, ErrorBody> authenticationFailure;

  private VendorProfile(ErrorClassifier classifier, ErrorShape errorShape, List<SecretPattern> secretPatterns,
      BiPredicate<Integer, ErrorBody> authenticationFailure) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.errorShape = Objects.requireNonNull(errorShape, "errorShape");
    this.secretPatterns = List.copyOf(secretPatterns);
    this.redactor = Redactor.defaults().withSecretPatterns(this.secretPatterns);
    this.authenticationFailure = Objects.requireNonNull(authenticationFailure, "authenticationFailure");
  }

  /**
   * Creates a profile.
   *
   * @param classifier maps error responses to the vendor's error codes
   * @param errorShape reads the vendor's JSON error objects
   * @param secretPatterns the vendor's secret formats in free text, such as its API key format
   * @return the profile
   */
  public static VendorProfile of(ErrorClassifier classifier, ErrorShape errorShape, SecretPattern... secretPatterns) {
    return new VendorProfile(classifier, errorShape, List.of(secretPatterns), (status, body) -> false);
  }

  /**
   * Returns this profile with a rule naming the error responses, besides every 401, that mean the credentials were
   * rejected, for APIs that answer a missing or invalid key with another status (such as a 403 with a fixed message).
   * The runtime reports those as an {@link dev.onboardkit.core.error.AuthenticationException}, keeping their status.
   *
   * @param rule given the status and the decoded (already scrubbed) body, says whether the credentials were rejected
   * @return the extended profile
   */
  public VendorProfile withAuthenticationFailures(BiPredicate<Integer, ErrorBody> rule) {
    return new VendorProfile(classifier, errorShape, secretPatterns, rule);
  }

  /**
   * Returns whether an error response means the credentials were rejected: every 401, and what
   * {@link #withAuthenticationFailures} names. A rule that throws counts as no.
   *
   * @param status the HTTP status
   * @param body the decoded error body
   * @return true if the credentials were rejected
   */
  public boolean isAuthenticationFailure(int status, ErrorBody body) {
    if (status == 401) {
      return true;
    }
    try {
      return authenticationFailure.test(status, body);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Returns the error classifier.
   *
   * @return the classifier
   */
  public ErrorClassifier classifier() {
    return classifier;
  }

  /**
   * Returns the error-body shape.
   *
   * @return the shape
   */
  public ErrorShape errorShape() {
    return errorShape;
  }

  /**
   * Returns the vendor's secret formats.
   *
   * @return the formats; empty when the built-in rules suffice
   */
  public List<SecretPattern> secretPatterns() {
    return secretPatterns;
  }

  /**
   * Returns the built-in redactor extended with the vendor's secret formats, for exception messages and snippets.
   *
   * @return the redactor
   */
  public Redactor redactor() {
    return redactor;
  }
}
