package dev.onboardkit.testkit.didit;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.Ids;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The authoritative sources the fake's database validation and KYB registry search read: identities by country and
 * document number, companies by country, and the per-search candidate handles ({@code kyb_response_id}). Used under
 * the store's lock.
 */
final class DiditRegistries {
  /** An identity a national registry holds. */
  static final class Identity {
    final String documentNumber;
    final String firstName;
    final String lastName;
    final LocalDate dateOfBirth;

    Identity(String documentNumber, String firstName, String lastName, LocalDate dateOfBirth) {
      this.documentNumber = documentNumber;
      this.firstName = firstName;
      this.lastName = lastName;
      this.dateOfBirth = dateOfBirth;
    }
  }

  /** A company an official registry holds. */
  static final class Company {
    final String uuid;
    final String countryCode;
    final String name;
    final String registrationNumber;
    final String type;
    final LocalDate incorporated;
    final String address;
    final List<String> officers;

    Company(String uuid, String countryCode, String name, String registrationNumber, String type,
        LocalDate incorporated, String address, List<String> officers) {
      this.uuid = uuid;
      this.countryCode = countryCode;
      this.name = name;
      this.registrationNumber = registrationNumber;
      this.type = type;
      this.incorporated = incorporated;
      this.address = address;
      this.officers = officers;
    }
  }

  private final Ids ids = new Ids();
  private final Map<String, Identity> identities = new HashMap<>();
  private final List<Company> companies = new ArrayList<>();
  private final Map<String, Company> candidates = new LinkedHashMap<>();

  DiditRegistries() {
    addIdentity(DiditScreeningTestData.REGISTRY_COUNTRY, DiditScreeningTestData.REGISTRY_DOCUMENT_NUMBER,
        DiditScreeningTestData.REGISTRY_FIRST_NAME, DiditScreeningTestData.REGISTRY_LAST_NAME,
        DiditScreeningTestData.REGISTRY_DATE_OF_BIRTH);
    addCompany("GB", "TESCO PLC", "00445790", "Public Limited Company", LocalDate.of(1947, 11, 27),
        "Tesco House, Shire Park, Kestrel Way, Welwyn Garden City, AL7 1GA", List.of("Ken Murphy", "Imran Nawaz"));
    addCompany("GB", "TESCO STORES LIMITED", "00519500", "Private Limited Company", LocalDate.of(1953, 6, 23),
        "Tesco House, Shire Park, Kestrel Way, Welwyn Garden City, AL7 1GA", List.of("Ken Murphy"));
    addCompany("GB", "NORTHWIND TRADING LTD", "09876543", "Private Limited Company", LocalDate.of(2015, 11, 2),
        "1 Harbour Road, Bristol, BS1 5TT", List.of("Anna Northwind"));
  }

  /** The registry key of a country: its alpha-3 code, from alpha-2 or alpha-3 (null for neither). */
  static @Nullable String country(@Nullable String code) {
    if (code == null) {
      return null;
    }
    String c = code.toUpperCase(Locale.ROOT);
    if (c.length() == 3) {
      return c;
    }
    try {
      return c.length() == 2 ? new Locale("", c).getISO3Country() : null;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  void addIdentity(String country, String documentNumber, String firstName, String lastName, LocalDate dob) {
    identities.put(country(country) + ":" + documentNumber.toUpperCase(Locale.ROOT),
        new Identity(documentNumber, firstName, lastName, dob));
  }

  @Nullable Identity identity(String country, String documentNumber) {
    return identities.get(country(country) + ":" + documentNumber.toUpperCase(Locale.ROOT));
  }

  void addCompany(String countryCode, String name, String registrationNumber, String type, LocalDate incorporated,
      String address, List<String> officers) {
    companies.add(new Company(ids.uuid(), countryCode.toUpperCase(Locale.ROOT), name, registrationNumber, type,
        incorporated, address, officers));
  }

  /**
   * Searches a country's registry; each hit gets a new candidate handle.
   *
   * @return the candidates, by handle
   */
  Map<String, Company> search(String countryCode, @Nullable String name, @Nullable String number, String type) {
    String country = countryCode.toUpperCase(Locale.ROOT);
    String base = country.contains("-") ? country.substring(0, country.indexOf('-')) : country;
    Map<String, Company> found = new LinkedHashMap<>();
    for (Company c : companies) {
      if (!c.countryCode.equals(base)) {
        continue;
      }
      boolean byNumber = number != null && c.registrationNumber.equalsIgnoreCase(number.strip());
      boolean byName = name != null && !name.isBlank() && matches(c.name, name, type);
      if (byNumber || byName) {
        String handle = "kyb_resp_" + ids.lowerAlnum(16);
        candidates.put(handle, c);
        found.put(handle, c);
      }
    }
    return found;
  }

  @Nullable Company candidate(String handle) {
    return candidates.get(handle);
  }

  private static boolean matches(String companyName, String query, String type) {
    String n = fold(companyName);
    String q = fold(query);
    switch (type) {
      case "start_with":
        return n.startsWith(q);
      case "fuzzy":
        for (String token : q.split(" ")) {
          if (!token.isEmpty() && n.contains(token.length() > 4 ? token.substring(0, token.length() - 1) : token)) {
            return true;
          }
        }
        return false;
      default:
        return n.contains(q);
    }
  }

  /** Upper case, without accents and punctuation, single spaces: how registries compare names. */
  static String fold(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", " ").replaceAll(" +", " ").strip();
  }
}
