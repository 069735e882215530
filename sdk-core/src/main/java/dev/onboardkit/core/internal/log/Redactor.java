package dev.onboardkit.core.internal.log;

import dev.onboardkit.core.log.LoggingOptions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.onboardkit.core.Nullable;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in headers, URLs, JSON bodies and free text before anything is logged or put in a message.
 *
 * <p>Always masked: the headers {@code Authorization}, {@code Proxy-Authorization}, {@code x-api-key},
 * {@code api-key}, {@code Cookie} and {@code Set-Cookie}; JSON members and query parameters named like
 * {@code password}, {@code api_key}, {@code access_token}, {@code refresh_token}, {@code temp_token},
 * {@code otp_token}, {@code code}, {@code pre_auth_code}, {@code auth_code}, {@code secret*}, {@code *_secret},
 * {@code *_token}, {@code *password} and {@code *signature} (such as a presigned URL's {@code X-Amz-Signature});
 * bearer tokens and JWTs in free text. Names are compared ignoring case, {@code _} and {@code -}.
 *
 * <p>A client adds its vendor's secret formats, such as an API key format, with {@link #withSecretPatterns}.
 */
public final class Redactor {
  /** What a masked value is replaced with. */
  public static final String MASK = "[REDACTED]";

  private static final Set<String> HEADERS =
      Set.of("authorization", "proxy-authorization", "x-api-key", "api-key", "cookie", "set-cookie", "x-auth-token");
  private static final Set<String> FIELDS = Set.of(
      "password", "passwd", "apikey", "xapikey", "accesstoken", "refreshtoken", "temptoken", "otptoken", "otp",
      "code", "preauthcode", "authcode", "token", "idtoken", "sessiontoken", "clientsecret", "secret",
      "secretsharedkey", "authorization", "signature");
  private static final Redactor DEFAULTS = new Redactor(Set.of(), Set.of(), List.of());
  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern PARAM = Pattern.compile("([?&;]|^|\\s)([A-Za-z0-9_.\\-]{1,64})=([^&\\s\"'<>]*)");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=\\-]+");
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]*");

  private final Set<String> extraHeaders;
  private final Set<String> extraFields;
  private final List<SecretPattern> secretPatterns;

  private Redactor(Set<String> extraHeaders, Set<String> extraFields, List<SecretPattern> secretPatterns) {
    this.extraHeaders = extraHeaders;
    this.extraFields = extraFields;
    this.secretPatterns = secretPatterns;
  }

  /**
   * Returns the redactor for request and response logging: the defaults plus the headers and JSON fields the logging
   * options add.
   *
   * @param options the logging options
   * @return the redactor
   */
  public static Redactor forLogging(LoggingOptions options) {
    return options.redactedHeaders().isEmpty() && options.redactedFields().isEmpty()
        ? defaults()
        : defaults().withAdditional(options.redactedHeaders(), options.redactedFields());
  }

  /**
   * Returns the redactor with the built-in rules only.
   *
   * @return the default redactor
   */
  public static Redactor defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a redactor that also masks the given headers and JSON members.
   *
   * @param headers extra header names to mask
   * @param fields extra JSON member or query parameter names to mask
   * @return the extended redactor
   */
  public Redactor withAdditional(Collection<String> headers, Collection<String> fields) {
    Set<String> h = new HashSet<>(extraHeaders);
    headers.forEach(name -> h.add(name.toLowerCase(Locale.ROOT)));
    Set<String> f = new HashSet<>(extraFields);
    fields.forEach(name -> f.add(normalize(name)));
    return new Redactor(Set.copyOf(h), Set.copyOf(f), secretPatterns);
  }

  /**
   * Returns a redactor that also masks the given secret formats in free text (after the built-in rules).
   *
   * @param patterns the formats to add
   * @return the extended redactor, or this one when {@code patterns} is empty
   */
  public Redactor withSecretPatterns(List<SecretPattern> patterns) {
    if (patterns.isEmpty()) {
      return this;
    }
    List<SecretPattern> all = new ArrayList<>(secretPatterns);
    all.addAll(patterns);
    return new Redactor(extraHeaders, extraFields, List.copyOf(all));
  }

  /**
   * Returns whether a header's value must be masked.
   *
   * @param name the header name
   * @return true for credential headers
   */
  public boolean isSensitiveHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return HEADERS.contains(n) || extraHeaders.contains(n);
  }

  /**
   * Returns whether a JSON member or query parameter's value must be masked.
   *
   * @param name the member or parameter name
   * @return true for secret-looking names
   */
  public boolean isSensitiveField(String name) {
    String n = normalize(name);
    return FIELDS.contains(n) || extraFields.contains(n)
        || n.endsWith("password") || n.endsWith("token") || n.endsWith("secret") || n.startsWith("secret")
        || n.endsWith("apikey") || n.endsWith("signature");
  }

  /**
   * Returns a header value fit for logging: masked for credential headers (keeping an {@code Authorization} scheme
   * such as {@code Bearer}), otherwise as is.
   *
   * @param name the header name
   * @param value the header value
   * @return the loggable value
   */
  public String headerValue(String name, String value) {
    if (!isSensitiveHeader(name)) {
      return value;
    }
    int space = value.indexOf(' ');
    boolean schemeFirst = name.toLowerCase(Locale.ROOT).endsWith("authorization") && space > 0 && space < 16;
    return schemeFirst ? value.substring(0, space) + " " + MASK : MASK;
  }

  /**
   * Masks secret query parameters in a URL.
   *
   * @param url the URL
   * @return the URL with secret parameter values masked
   */
  public String url(String url) {
    return url.indexOf('?') < 0 ? url : params(url);
  }

  /**
   * Masks secrets in free text: {@code "name": "value"} pairs, {@code name=value} parameters, bearer tokens, JWTs and
   * the added {@linkplain #withSecretPatterns secret formats}.
   *
   * @param text the text, or null
   * @return the masked text; empty for null
   */
  public String text(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (!mightHoldSecret(text)) {
      return text;
    }
    String out = jsonMembers(text);
    out = params(out);
    out = BEARER.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    out = JWT.matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
    for (int i = 0; i < secretPatterns.size(); i++) {
      out = secretPatterns.get(i).mask(out);
    }
    return out;
  }

  /**
   * Renders a body for a log line or message: JSON with secret members masked (any structure under a secret name
   * becomes one mask), or, for anything that is not valid JSON, masked text. The result is at most {@code maxChars}
   * characters, including the {@code ...(N bytes)} marker added when the body was cut.
   *
   * @param body the body bytes
   * @param maxChars the longest result wanted (at least 32)
   * @return the masked, bounded rendering
   */
  public String body(byte[] body, int maxChars) {
    if (body.length == 0) {
      return "";
    }
    try {
      return render(body, maxChars);
    } catch (RuntimeException | StackOverflowError e) {
      return "[body of " + body.length + " bytes omitted: it could not be rendered safely]";
    }
  }

  private String render(byte[] body, int maxChars) {
    int window = (int) Math.min(body.length, (long) maxChars * 4 + 16);
    String rendered = window == body.length ? json(body) : null;
    if (rendered == null) {
      rendered = text(new String(body, 0, window, StandardCharsets.UTF_8));
    }
    if (rendered.length() <= maxChars && window == body.length) {
      return rendered;
    }
    String marker = "...(" + body.length + " bytes)";
    int keep = Math.max(0, Math.min(rendered.length(), maxChars - marker.length()));
    return rendered.substring(0, keep) + marker;
  }

  /**
   * Collects the secret values a request carries: credential header values (and the token after an auth scheme),
   * secret query parameters, and string values under secret JSON members. Used to scrub servers' echoes of those
   * values from error messages and logs. Values shorter than 4 characters are ignored.
   *
   * @param headers the request headers
   * @param rawQuery the raw query string, or null
   * @param body the request body, or null
   * @return the secret values found
   */
  public Set<String> secretsOf(dev.onboardkit.core.http.Headers headers, @Nullable String rawQuery, byte @Nullable [] body) {
    Set<String> secrets = new LinkedHashSet<>();
    for (int i = 0; i < headers.size(); i++) {
      if (isSensitiveHeader(headers.name(i))) {
        String value = headers.value(i);
        addSecret(secrets, value);
        int space = value.indexOf(' ');
        if (space > 0) {
          addSecret(secrets, value.substring(space + 1).strip());
        }
      }
    }
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && isSensitiveField(pair.substring(0, eq))) {
          addSecret(secrets, java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    if (body != null && body.length > 0 && mayNameSecrets(body)) {
      try (JsonParser p = JSON.createParser(body)) {
        int secretDepth = 0;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.FIELD_NAME && secretDepth == 0 && isSensitiveField(p.currentName())) {
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_STRING) {
              addSecret(secrets, p.getText());
            } else if (v != null && v.isStructStart()) {
              secretDepth = 1;
            }
          } else if (secretDepth > 0) {
            if (t.isStructStart()) {
              secretDepth++;
            } else if (t.isStructEnd()) {
              secretDepth--;
            } else if (t == JsonToken.VALUE_STRING) {
              addSecret(secrets, p.getText());
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        // a body that is not JSON carries no named members to collect
      }
    }
    return secrets;
  }

  /**
   * Replaces every occurrence of the given secret values in {@code text} with {@link #MASK}.
   *
   * @param text the text
   * @param secrets the values to remove
   * @return the scrubbed text
   */
  public static String scrub(String text, Collection<String> secrets) {
    String out = text;
    for (String secret : secrets) {
      if (out.contains(secret)) {
        out = out.replace(secret, MASK);
      }
    }
    return out;
  }

  private static void addSecret(Set<String> secrets, String value) {
    if (value != null && value.length() >= 4) {
      secrets.add(value);
    }
  }

  /**
   * A cheap first pass: every masking rule needs one of {@code "}, {@code =}, a bearer scheme, a JWT or a secret
   * pattern's marker in the text, so plain messages skip the regular expressions.
   */
  private boolean mightHoldSecret(String text) {
    if (text.indexOf('"') >= 0 || text.indexOf('=') >= 0 || text.contains("eyJ")) {
      return true;
    }
    for (int i = 0; i < secretPatterns.size(); i++) {
      if (secretPatterns.get(i).mayOccurIn(text)) {
        return true;
      }
    }
    for (int i = text.indexOf('b'); i >= 0; i = text.indexOf('b', i + 1)) {
      if (text.regionMatches(true, i, "bearer", 0, 6)) {
        return true;
      }
    }
    for (int i = text.indexOf('B'); i >= 0; i = text.indexOf('B', i + 1)) {
      if (text.regionMatches(true, i, "bearer", 0, 6)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a body mentions a name that could hold a secret ({@code pass}, {@code token}, {@code secret},
   * {@code signature}, {@code key}, {@code code}, {@code otp}, {@code auth}, in any case); if not, there is nothing to
   * collect from it. One pass over the bytes.
   */
  private static boolean mayNameSecrets(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      switch (body[i] | 0x20) {
        case 'p':
          if (startsWithIgnoreCase(body, i, "pass")) {
            return true;
          }
          break;
        case 't':
          if (startsWithIgnoreCase(body, i, "token")) {
            return true;
          }
          break;
        case 's':
          if (startsWithIgnoreCase(body, i, "secret") || startsWithIgnoreCase(body, i, "signature")) {
            return true;
          }
          break;
        case 'k':
          if (startsWithIgnoreCase(body, i, "key")) {
            return true;
          }
          break;
        case 'c':
          if (startsWithIgnoreCase(body, i, "code")) {
            return true;
          }
          break;
        case 'o':
          if (startsWithIgnoreCase(body, i, "otp")) {
            return true;
          }
          break;
        case 'a':
          if (startsWithIgnoreCase(body, i, "auth")) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  private static boolean startsWithIgnoreCase(byte[] bytes, int from, String lowerCaseWord) {
    if (from + lowerCaseWord.length() > bytes.length) {
      return false;
    }
    for (int j = 0; j < lowerCaseWord.length(); j++) {
      if ((bytes[from + j] | 0x20) != lowerCaseWord.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private String json(byte[] body) {
    StringWriter out = new StringWriter(body.length + 16);
    try (JsonParser p = JSON.createParser(body); JsonGenerator g = JSON.createGenerator(out)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          g.writeFieldName(name);
          if (isSensitiveField(name)) {
            JsonToken v = p.nextToken();
            if (v != null && v.isStructStart()) {
              p.skipChildren();
            }
            g.writeString(MASK);
          }
        } else if (t == JsonToken.VALUE_STRING) {
          g.writeString(text(p.getText()));
        } else {
          g.copyCurrentEvent(p);
        }
      }
      g.flush();
      return out.toString();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Masks {@code "name": "value"} pairs with a secret name; a linear scan (no regex backtracking on long values). */
  private String jsonMembers(String text) {
    StringBuilder sb = null;
    int last = 0;
    int i = text.indexOf('"');
    while (i >= 0 && i < text.length()) {
      int nameEnd = endOfString(text, i + 1);
      if (nameEnd < 0) {
        break;
      }
      int j = skipSpaces(text, nameEnd + 1);
      if (j < text.length() && text.charAt(j) == ':') {
        int v = skipSpaces(text, j + 1);
        if (v < text.length() && text.charAt(v) == '"') {
          int valueEnd = endOfString(text, v + 1);
          int stop = valueEnd < 0 ? text.length() : valueEnd;
          if (nameEnd - i - 1 <= 64 && isSensitiveField(text.substring(i + 1, nameEnd))) {
            if (sb == null) {
              sb = new StringBuilder(text.length());
            }
            sb.append(text, last, v + 1).append(MASK);
            last = stop;
          }
          i = valueEnd < 0 ? -1 : text.indexOf('"', valueEnd + 1);
          continue;
        }
      }
      i = text.indexOf('"', nameEnd + 1);
    }
    return sb == null ? text : sb.append(text, last, text.length()).toString();
  }

  /** Returns the index of the quote closing a JSON string whose content starts at {@code from}, or -1. */
  private static int endOfString(String text, int from) {
    for (int k = from; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '"') {
        return k;
      }
    }
    return -1;
  }

  private static int skipSpaces(String text, int from) {
    int k = from;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  private String params(String text) {
    Matcher m = PARAM.matcher(text);
    StringBuilder sb = null;
    int last = 0;
    while (m.find()) {
      if (isSensitiveField(m.group(2)) && !m.group(3).isEmpty()) {
        if (sb == null) {
          sb = new StringBuilder(text.length());
        }
        sb.append(text, last, m.start(3)).append(MASK);
        last = m.end(3);
      }
    }
    return sb == null ? text : sb.append(text, last, text.length()).toString();
  }

  private static String normalize(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-' && c != '.') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
