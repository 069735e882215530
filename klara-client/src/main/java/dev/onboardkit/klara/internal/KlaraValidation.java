package dev.onboardkit.klara.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.klara.applications.KlaraPrimaryContact;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Validation rules shared by Klara request types. Messages name the field and the rule, never the value. */
public final class KlaraValidation {
  /** The longest accepted contact name, role or company name of an RFI request. */
  public static final int MAX_TEXT = 500;

  private static final String CONTACT = "primaryContact";
  private static final String CONTACT_NAME = CONTACT + ".name";
  private static final String CONTACT_EMAIL = CONTACT + ".email";
  private static final String CONTACT_ROLE = CONTACT + ".role";

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private KlaraValidation() {}

  /**
   * Requires an ISO 3166-1 alpha-2 country code and normalises it (trimmed, upper case).
   *
   * @param problems collects the problems
   * @param field the field name
   * @param value the value
   * @return the normalised code, or null if it was invalid
   */
  public static @Nullable String country(Problems problems, String field, @Nullable String value) {
    return country(problems, field, value, true);
  }

  /**
   * Checks an ISO 3166-1 alpha-2 country code, required or only when present, and normalises it (trimmed, upper case).
   *
   * @param problems collects the problems
   * @param field the field name
   * @param value the value, or null
   * @param required whether a null value is a problem
   * @return the normalised code, or null if absent or invalid
   */
  public static @Nullable String country(Problems problems, String field, @Nullable String value, boolean required) {
    if (value == null && !required) {
      return null;
    }
    if (!problems.requireText(field, value, 16)) {
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      problems.add(field, "must be an ISO 3166-1 alpha-2 country code, such as GB or IE");
      return null;
    }
    return code;
  }

  /**
   * Checks a company number. For {@code GB} it is required and must be a Companies House number: 8 digits, or two
   * letters (such as SC, NI, OC, SO, NC, LP, SL) or {@code R0} followed by 6 digits. It is normalised: trimmed, upper
   * case, and an all-digit number shorter than 8 digits is left-padded with zeros.
   *
   * @param problems collects the problems
   * @param field the field name
   * @param country the normalised country code, or null if unknown
   * @param value the company number, or null
   * @return the normalised number (null when absent or invalid)
   */
  public static @Nullable String companyNumber(
      Problems problems, String field, @Nullable String country, @Nullable String value) {
    return companyNumber(problems, field, country, value, true);
  }

  /**
   * Checks a company number as {@link #companyNumber(Problems, String, String, String)} does, or, when
   * {@code strict} is false, leaves to the server what no document states: a GB request without a number, and the
   * length and characters of a non-GB number (only trimmed). A given GB number is still checked and normalised.
   *
   * @param problems collects the problems
   * @param field the field name
   * @param country the normalised country code, or null if unknown
   * @param value the company number, or null
   * @param strict whether a GB request needs a number and a non-GB number must be one line of at most 64 characters
   * @return the normalised number (null when absent or invalid)
   */
  public static @Nullable String companyNumber(Problems problems, String field, @Nullable String country,
      @Nullable String value, boolean strict) {
    boolean gb = "GB".equals(country);
    if (!gb) {
      boolean ok = !strict || problems.checkText(field, value, 64, false);
      return ok && value != null ? value.strip() : value;
    }
    if (value == null) {
      if (strict) {
        problems.add(field, "is required when country is GB");
      }
      return null;
    }
    if (!problems.requireText(field, value, 64)) {
      return null;
    }
    String number = value.strip().toUpperCase(Locale.ROOT);
    if (number.length() < 8 && !number.isEmpty() && isDigits(number, 0, number.length())) {
      number = "0".repeat(8 - number.length()) + number;
    }
    if (!isCompaniesHouseNumber(number)) {
      problems.add(field, "must be a Companies House number for GB: 8 digits, or a two-letter prefix such as SC,"
          + " NI or OC followed by 6 digits");
      return null;
    }
    return number;
  }

  /**
   * Checks a primary contact: present, with a name and a valid email address, and a single-line role if given.
   *
   * <p>Problems are reported under {@code primaryContact}, {@code primaryContact.name} and so on; the names are
   * constants so that a valid request allocates nothing here.
   *
   * @param problems collects the problems
   * @param contact the contact, or null
   * @return the normalised contact (email trimmed), or null if it is absent
   */
  public static @Nullable KlaraPrimaryContact contact(Problems problems, @Nullable KlaraPrimaryContact contact) {
    return contact(problems, contact, true);
  }

  /**
   * Checks a primary contact as {@link #contact(Problems, KlaraPrimaryContact)} does, or, when {@code nameAndRole} is
   * false, only its presence and email: the name and role are then sent as given.
   *
   * @param problems collects the problems
   * @param contact the contact, or null
   * @param nameAndRole whether the name is required and the name and role must be single-line text of at most
   *     {@value #MAX_TEXT} characters
   * @return the normalised contact (email trimmed), or null if it is absent
   */
  public static @Nullable KlaraPrimaryContact contact(
      Problems problems, @Nullable KlaraPrimaryContact contact, boolean nameAndRole) {
    if (!problems.requireNonNull(CONTACT, contact)) {
      return null;
    }
    if (nameAndRole) {
      problems.requireText(CONTACT_NAME, contact.name(), MAX_TEXT);
    }
    boolean emailOk = problems.requireEmail(CONTACT_EMAIL, contact.email());
    if (nameAndRole) {
      problems.checkText(CONTACT_ROLE, contact.role(), MAX_TEXT, false);
    }
    if (emailOk && !contact.email().equals(contact.email().strip())) {
      return KlaraPrimaryContact.builder().from(contact).email(contact.email().strip()).build();
    }
    return contact;
  }

  /**
   * Returns whether {@code n} is shaped like a Companies House number: 8 digits, or two letters (SC, NI, OC, ...)
   * or {@code R0} followed by 6 digits. Hand-written rather than a regex: it runs on every GB create.
   */
  static boolean isCompaniesHouseNumber(String n) {
    if (n.length() != 8 || !isDigits(n, 2, 8)) {
      return false;
    }
    char a = n.charAt(0);
    char b = n.charAt(1);
    boolean letters = a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z';
    boolean digits = isDigits(n, 0, 2);
    return letters || digits || (a == 'R' && b == '0');
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks an optional UUID.
   *
   * @param problems collects the problems
   * @param field the field name
   * @param value the value, or null
   * @return true if absent or a UUID
   */
  public static boolean checkUuid(Problems problems, String field, @Nullable String value) {
    if (value != null && !UUID.matcher(value).matches()) {
      problems.add(field, "must be a UUID, such as 550e8400-e29b-41d4-a716-446655440000");
      return false;
    }
    return true;
  }
}
