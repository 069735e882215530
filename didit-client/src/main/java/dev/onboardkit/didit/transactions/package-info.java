/**
 * Transaction monitoring of the Didit Verification API: submit transactions for rule evaluation and AML screening,
 * list and read them, and screen a crypto wallet on demand. Amounts are exact ({@link java.math.BigDecimal}).
 */
package dev.onboardkit.didit.transactions;
