package dev.onboardkit.testkit.didit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every one-time code the Verification API fake sent ({@code /email/send/}, {@code /phone/send/}), readable by tests
 * the way a user reads their inbox. Recipients are compared ignoring case. Thread-safe.
 */
public final class DiditOtpOutbox {
  private final List<DiditOtpMessage> messages = new ArrayList<>();

  DiditOtpOutbox() {}

  synchronized void add(DiditOtpMessage message) {
    messages.add(message);
  }

  /**
   * Returns the code in the latest message to an address or number.
   *
   * @param recipient the email address or phone number, as sent to
   * @return the code, if anything was sent there
   */
  public synchronized Optional<String> latestCode(String recipient) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (same(messages.get(i).to(), recipient)) {
        return Optional.of(messages.get(i).code());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every message, oldest first.
   *
   * @return a snapshot
   */
  public synchronized List<DiditOtpMessage> messages() {
    return new ArrayList<>(messages);
  }

  /**
   * Returns the messages to one address or number, oldest first.
   *
   * @param recipient the address or number
   * @return a snapshot
   */
  public synchronized List<DiditOtpMessage> messagesTo(String recipient) {
    List<DiditOtpMessage> out = new ArrayList<>();
    for (DiditOtpMessage m : messages) {
      if (same(m.to(), recipient)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Empties the outbox. */
  public synchronized void clear() {
    messages.clear();
  }

  private static boolean same(String a, String b) {
    return b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
