package dev.onboardkit.didit.webhooks;

/**
 * The signature header that verified a Didit webhook delivery, and what it proves. Didit sends all three on every
 * delivery, each an HMAC-SHA256 (lowercase hex) keyed with the destination's {@code secret_shared_key}.
 */
public enum DiditWebhookSignature {
  /**
   * {@code X-Signature-V2}, the recommended one: over the canonical JSON of the parsed body (keys sorted, compact,
   * integral floats written as integers). It proves every member of the event, the decision included, and survives a
   * framework that re-serialised the body.
   */
  X_SIGNATURE_V2("X-Signature-V2", true),
  /**
   * {@code X-Signature}: over the raw body bytes. It proves every member of the event, the decision included, but
   * only when the body is passed exactly as received.
   */
  X_SIGNATURE("X-Signature", true),
  /**
   * {@code X-Signature-Simple}, a fallback: over {@code "{timestamp}:{session_id}:{status}:{webhook_type}"} taken
   * from the body. It proves those four members only: the decision, metadata and vendor data are <b>not</b>
   * authenticated, so fetch the decision from the API before acting on it.
   */
  X_SIGNATURE_SIMPLE("X-Signature-Simple", false);

  private final String headerName;
  private final boolean coversBody;

  DiditWebhookSignature(String headerName, boolean coversBody) {
    this.headerName = headerName;
    this.coversBody = coversBody;
  }

  /**
   * Returns the header's name.
   *
   * @return the name, such as {@code X-Signature-V2}
   */
  public String headerName() {
    return headerName;
  }

  /**
   * Returns whether the signature covers the whole event, decision included.
   *
   * @return false for {@link #X_SIGNATURE_SIMPLE}
   */
  public boolean coversBody() {
    return coversBody;
  }
}
