package dev.onboardkit.didit.internal.webhook;

/** The outcome of comparing a signature header with the expected MAC. */
public enum SignatureCheck {
  /** The header holds the expected MAC. */
  MATCH,
  /** The header is well-formed but holds another MAC: a wrong secret or an altered body. */
  MISMATCH,
  /** The header is absent, empty or blank. */
  MISSING,
  /** The header is not 64 hexadecimal digits. */
  MALFORMED
}
