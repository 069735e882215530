package dev.onboardkit.core.internal;

import dev.onboardkit.core.error.ErrorClassifier;
import dev.onboardkit.core.internal.error.ErrorShape;
import dev.onboardkit.core.internal.log.Redactor;
import dev.onboardkit.core.internal.log.SecretPattern;
import java.util.List;
import java.util.Objects;

/**
 * What sdk-core needs to know about one vendor's API, handed over by its client module when it creates its
 * {@link ClientRuntime}: how to classify error responses, how its JSON error bodies are laid out, and which secret
 * formats to mask in free text. sdk-core names no vendor; everything vendor-specific arrives through this.
 */
public final class VendorProfile {
  private final ErrorClassifier classifier;
  private final ErrorShape errorShape;
  private final List<SecretPattern> secretPatterns;
  private final Redactor redactor;

  private VendorProfile(ErrorClassifier classifier, ErrorShape errorShape, List<SecretPattern> secretPatterns) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.errorShape = Objects.requireNonNull(errorShape, "errorShape");
    this.secretPatterns = List.copyOf(secretPatterns);
    this.redactor = Redactor.defaults().withSecretPatterns(this.secretPatterns);
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
    return new VendorProfile(classifier, errorShape, List.of(secretPatterns));
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
