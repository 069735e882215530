package dev.onboardkit.testkit.didit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fake's outbox: every verification email it sent (register and resend-otp), readable by tests. Addresses are
 * compared case-insensitively. Thread-safe.
 */
public final class DiditMailbox {
  private final List<DiditMailMessage> messages = new ArrayList<>();

  DiditMailbox() {}

  synchronized void add(DiditMailMessage message) {
    messages.add(message);
  }

  /**
   * Returns the code in the latest email to an address.
   *
   * @param email the address
   * @return the 6-character code, if any email was sent to it
   */
  public synchronized Optional<String> latestCode(String email) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (same(messages.get(i).to(), email)) {
        return Optional.of(messages.get(i).code());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every email, oldest first.
   *
   * @return a snapshot
   */
  public synchronized List<DiditMailMessage> messages() {
    return new ArrayList<>(messages);
  }

  /**
   * Returns the emails to one address, oldest first.
   *
   * @param email the address
   * @return a snapshot
   */
  public synchronized List<DiditMailMessage> messagesTo(String email) {
    List<DiditMailMessage> out = new ArrayList<>();
    for (DiditMailMessage m : messages) {
      if (same(m.to(), email)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Empties the mailbox. */
  public synchronized void clear() {
    messages.clear();
  }

  private static boolean same(String a, String b) {
    return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
