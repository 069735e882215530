package dev.onboardkit.testkit.klara;

/**
 * Which documented name the fake uses for a participant's URL identifier. The create-application reference shows
 * {@code link_slug} ({@code "7f3k9m2p4q8r1s5t"}); the quickstart shows {@code access_token} ({@code "at_7f3k..."}).
 */
public enum KlaraParticipantIdentifier {
  /** {@code "link_slug": "7f3k9m2p4q8r1s5t"} (create-application reference; the default). */
  LINK_SLUG("link_slug"),
  /** {@code "access_token": "at_7f3k9m2p4q8r1s5t"} (quickstart). */
  ACCESS_TOKEN("access_token");

  private final String field;

  KlaraParticipantIdentifier(String field) {
    this.field = field;
  }

  /**
   * Returns the JSON member name.
   *
   * @return {@code link_slug} or {@code access_token}
   */
  public String field() {
    return field;
  }
}
