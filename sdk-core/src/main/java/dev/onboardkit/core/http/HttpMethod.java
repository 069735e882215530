package dev.onboardkit.core.http;

/** The HTTP methods the SDK sends. */
public enum HttpMethod {
  /** GET: safe and idempotent. */
  GET(true),
  /** HEAD: safe and idempotent. */
  HEAD(true),
  /** POST: not idempotent unless an operation declares otherwise. */
  POST(false),
  /** PUT: idempotent. */
  PUT(true),
  /** PATCH: not idempotent unless an operation declares otherwise. */
  PATCH(false),
  /** DELETE: idempotent. */
  DELETE(true),
  /** OPTIONS: safe and idempotent. */
  OPTIONS(true);

  private final boolean idempotent;

  HttpMethod(boolean idempotent) {
    this.idempotent = idempotent;
  }

  /**
   * Returns whether HTTP semantics make this method idempotent (RFC 9110 section 9.2.2).
   *
   * @return true for GET, HEAD, PUT, DELETE and OPTIONS
   */
  public boolean isIdempotent() {
    return idempotent;
  }
}
