package dev.onboardkit.testkit.didit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The test data {@link FakeDiditVerificationServer} answers the standalone checks, transaction monitoring and billing
 * with: who is sanctioned, which identity the registry holds, which addresses and numbers are disposable, what each
 * check costs. All names, numbers and addresses are fictional except the documented registry examples (Tesco PLC),
 * and none of it is Didit's.
 */
public final class DiditScreeningTestData {
  /** A person on the fake's sanctions list: AML screening returns a sanctions hit and declines. */
  public static final String SANCTIONED_NAME = "Viktor Sanctionov";
  /** A politically exposed person on the fake's PEP list: AML screening returns a PEP hit for review. */
  public static final String PEP_NAME = "Paula Politica";

  /** The issuing state of the identity the fake's registry holds (alpha-2; {@code ESP} works too). */
  public static final String REGISTRY_COUNTRY = "ES";
  /** The document number of the identity the fake's registry holds. */
  public static final String REGISTRY_DOCUMENT_NUMBER = "99999999R";
  /** The given name of the registry's identity. */
  public static final String REGISTRY_FIRST_NAME = "Carmen";
  /** The family name of the registry's identity. */
  public static final String REGISTRY_LAST_NAME = "Española Española";
  /** The date of birth of the registry's identity. */
  public static final LocalDate REGISTRY_DATE_OF_BIRTH = LocalDate.of(1980, 1, 1);

  /** Addresses at this domain are disposable: a check with {@code disposable_email_action: DECLINE} declines. */
  public static final String DISPOSABLE_EMAIL_DOMAIN = "mailinator.com";
  /** Addresses at domains ending like this cannot receive mail: the send answers {@code Undeliverable}. */
  public static final String UNDELIVERABLE_EMAIL_SUFFIX = ".invalid";
  /** Numbers starting like this are VoIP: a check with {@code voip_number_action: DECLINE} declines. */
  public static final String VOIP_NUMBER_PREFIX = "+1500";
  /** Numbers starting like this (an unassigned country code) are undeliverable. */
  public static final String UNDELIVERABLE_NUMBER_PREFIX = "+99";
  /** Sends to one address or number allowed per hour; the next is {@code Blocked} ({@code repeated_attempts}). */
  public static final int SENDS_PER_HOUR = 4;

  /** A wallet on the fake's sanctions list: screening it gives risk 100, {@code CRITICAL}, a sanctions hit. */
  public static final String SANCTIONED_WALLET = "0x5a14e72060c11313e38738009254a90968f58f51";

  /** Transactions of at least this amount (any currency) match the fake's large-amount rule (+50). */
  public static final BigDecimal LARGE_AMOUNT = new BigDecimal("10000");
  /** Parties in these countries match the fake's high-risk-country rule (+40). */
  public static final List<String> HIGH_RISK_COUNTRIES = List.of("KP", "IR", "SY", "CU");
  /** The transaction of a subject with this many or more in 24 hours matches the fake's velocity rule (+30). */
  public static final int VELOCITY_LIMIT = 5;

  /** The credit balance the fake starts with, in US dollars. */
  public static final BigDecimal STARTING_BALANCE = new BigDecimal("1000.0000");
  /** What a database validation costs in the fake (when a document number is given). */
  public static final BigDecimal DATABASE_VALIDATION_PRICE = new BigDecimal("0.20");
  /** What an AML screening costs in the fake. */
  public static final BigDecimal AML_PRICE = new BigDecimal("0.35");
  /** What a KYB registry select costs in the fake (search is free). */
  public static final BigDecimal KYB_SELECT_PRICE = new BigDecimal("1.00");
  /** What an email code send costs in the fake (a {@code Blocked} or undeliverable send is free). */
  public static final BigDecimal EMAIL_SEND_PRICE = new BigDecimal("0.03");
  /** What a phone code send costs in the fake (a {@code Blocked} or undeliverable send is free). */
  public static final BigDecimal PHONE_SEND_PRICE = new BigDecimal("0.10");
  /** What a wallet screening costs in the fake. */
  public static final BigDecimal WALLET_SCREENING_PRICE = new BigDecimal("0.02");

  private DiditScreeningTestData() {}
}
