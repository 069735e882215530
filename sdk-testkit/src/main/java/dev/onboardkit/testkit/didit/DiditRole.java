package dev.onboardkit.testkit.didit;

/** A user's role in an organization. Owners and admins manage applications; members get 403 on them. */
public enum DiditRole {
  /** Created the organization (through verify-email). */
  OWNER,
  /** Manages applications. */
  ADMIN,
  /** Sees the organization in {@code /organizations/me/} but may not list, read, create or change applications. */
  MEMBER
}
