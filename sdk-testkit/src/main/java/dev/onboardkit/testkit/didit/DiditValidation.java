package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** DRF-style field validation messages. */
final class DiditValidation {
  static final String REQUIRED = "This field is required.";
  static final String NOT_NULL = "This field may not be null.";
  static final String NOT_BLANK = "This field may not be blank.";
  static final String NOT_STRING = "Not a valid string.";
  static final String BAD_EMAIL = "Enter a valid email address.";
  static final String BAD_URL = "Enter a valid URL.";
  static final String SPECIALS = "!@#$%^&*()_+-=[]{}|;:,.<>?";

  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  private static final Pattern HOST = Pattern.compile(
      "^(localhost|\\d{1,3}(\\.\\d{1,3}){3}|([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,63}\\.?)$");

  private static final Set<String> WEB_SCHEMES = Set.of("http", "https", "ftp", "ftps");
  private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "data", "vbscript", "file");

  private DiditValidation() {}

  /** Adds an error for a required string member; returns its trimmed value when valid. */
  static @Nullable String requiredString(JsonNode body, String field, ObjectNode errors) {
    return requiredString(body, field, errors, true);
  }

  /** Adds an error for a required string member; returns its value (trimmed if asked) when valid. */
  static @Nullable String requiredString(JsonNode body, String field, ObjectNode errors, boolean trim) {
    JsonNode v = body.get(field);
    if (v == null) {
      errors.set(field, Json.array().add(REQUIRED));
      return null;
    }
    if (v.isNull()) {
      errors.set(field, Json.array().add(NOT_NULL));
      return null;
    }
    if (!v.isTextual()) {
      errors.set(field, Json.array().add(NOT_STRING));
      return null;
    }
    String text = trim ? v.asText().trim() : v.asText();
    if (text.isBlank()) {
      errors.set(field, Json.array().add(NOT_BLANK));
      return null;
    }
    return text;
  }

  static @Nullable String requiredEmail(JsonNode body, String field, ObjectNode errors) {
    String email = requiredString(body, field, errors);
    if (email != null && !EMAIL.matcher(email).matches()) {
      errors.set(field, Json.array().add(BAD_EMAIL));
      return null;
    }
    return email;
  }

  /** Returns the first password rule that fails, or null. Rules are checked one at a time, as documented. */
  static @Nullable String passwordProblem(String password) {
    if (password.length() < 8) {
      return "Password must be at least 8 characters long.";
    }
    if (password.chars().noneMatch(Character::isUpperCase)) {
      return "Password must contain at least one uppercase letter.";
    }
    if (password.chars().noneMatch(Character::isLowerCase)) {
      return "Password must contain at least one lowercase letter.";
    }
    if (password.chars().noneMatch(Character::isDigit)) {
      return "Password must contain at least one digit.";
    }
    if (password.chars().noneMatch(c -> SPECIALS.indexOf(c) >= 0)) {
      return "Password must contain at least one special character (" + SPECIALS + ").";
    }
    return null;
  }

  /** Reserved test domains that Didit's mail delivery refuses (register then answers 500). */
  static boolean reservedDomain(String email) {
    String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    while (domain.endsWith(".")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    return domain.equals("example.com") || domain.equals("example.org") || domain.endsWith(".test")
        || domain.endsWith(".example") || domain.endsWith(".invalid");
  }

  /** Returns Python's name for a JSON value's type, as DRF puts it in messages. */
  static String pythonType(JsonNode node) {
    if (node.isTextual()) {
      return "str";
    }
    if (node.isIntegralNumber()) {
      return "int";
    }
    if (node.isNumber()) {
      return "float";
    }
    if (node.isBoolean()) {
      return "bool";
    }
    if (node.isArray()) {
      return "list";
    }
    return node.isObject() ? "dict" : "NoneType";
  }

  /**
   * A redirect URI: Didit's reference restricts no scheme ("Allowlisted OAuth-style redirect URIs"), so the fake
   * accepts app deep links such as {@code myapp://callback}. Web schemes ({@code http(s)}, {@code ftp(s)}) are checked
   * as {@link #validUrl} checks them, and schemes that run code or read local files ({@code javascript}, {@code data},
   * {@code vbscript}, {@code file}) are refused, as OAuth servers do.
   */
  static boolean validRedirectUri(String text) {
    if (text.length() > 2048 || text.chars().anyMatch(c -> c <= ' ')) {
      return false;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (WEB_SCHEMES.contains(scheme)) {
        return validUrl(text);
      }
      return !scheme.isEmpty() && !UNSAFE_SCHEMES.contains(scheme) && !uri.getRawSchemeSpecificPart().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Django URLValidator, approximately: http(s)/ftp(s) scheme, a host name, IPv4 address or localhost. */
  static boolean validUrl(String text) {
    if (text.length() > 2048 || text.chars().anyMatch(c -> c <= ' ')) {
      return false;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp") || scheme.equals("ftps"))) {
        return false;
      }
      String host = uri.getHost();
      return host != null && HOST.matcher(host.toLowerCase(Locale.ROOT)).matches();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
