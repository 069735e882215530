package dev.onboardkit.testkit.klara;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.Json;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The company and primary contact that both application and RFI creation take, read from a request body with the
 * same rules: a member that is missing, not a string or blank reads as null.
 */
final class KlaraApplicant {
  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

  final @Nullable String companyName;
  final @Nullable String companyNumber;
  final @Nullable String country;
  final @Nullable String contactName;
  final @Nullable String contactEmail;
  final @Nullable String contactRole;

  KlaraApplicant(JsonNode body) {
    JsonNode contact = body.get("primary_contact");
    companyName = Json.text(body, "company_name");
    companyNumber = Json.text(body, "company_number");
    country = Json.text(body, "country");
    contactName = Json.text(contact, "name");
    contactEmail = Json.text(contact, "email");
    contactRole = Json.text(contact, "role");
  }

  /** Returns whether the contact email looks like an address (call after {@link #addMissing} found none missing). */
  boolean hasValidEmail() {
    return EMAIL.matcher(contactEmail).matches();
  }

  /** Adds the names of the required members that are missing, in the documented order. */
  void addMissing(List<String> required) {
    if (companyName == null) {
      required.add("company_name");
    }
    if (country == null) {
      required.add("country");
    }
    if (country != null && country.trim().equalsIgnoreCase("GB") && companyNumber == null) {
      required.add("company_number");
    }
    if (contactName == null) {
      required.add("primary_contact.name");
    }
    if (contactEmail == null) {
      required.add("primary_contact.email");
    }
  }
}
