package dev.onboardkit.testkit.didit;

import dev.onboardkit.testkit.internal.SecretLedger;

/**
 * The state of the Verification API fake beyond sessions: the credit ledger, one-time-code verifications, the
 * registries the standalone checks read, and monitored transactions. Used under the store's lock.
 */
final class DiditStandaloneState {
  final DiditLedger ledger = new DiditLedger();
  final DiditOtpVerifications otp;
  final DiditRegistries registries = new DiditRegistries();
  final DiditMonitoredTransactions transactions = new DiditMonitoredTransactions();

  DiditStandaloneState(SecretLedger secrets) {
    this.otp = new DiditOtpVerifications(secrets);
  }
}
