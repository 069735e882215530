package dev.onboardkit.core.internal.http;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.OnboardKitException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Rules for base URLs: HTTPS only, except loopback hosts ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}) which
 * tests and the testkit's fake servers use over plain HTTP.
 */
public final class BaseUrls {
  private BaseUrls() {}

  /**
   * Checks and normalises a base URL: absolute, {@code https} (or {@code http} on a loopback host), no user info, query
   * or fragment; a trailing slash is removed.
   *
   * @param field the option name used in error messages, such as {@code "baseUrl"}
   * @param url the URL to check
   * @return the normalised URL
   * @throws InvalidRequestException if the URL breaks a rule
   */
  public static URI validate(String field, @Nullable URI url) {
    if (url == null) {
      throw InvalidRequestException.single(field, "is required");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost();
    if (!url.isAbsolute() || host == null || host.isEmpty()) {
      throw InvalidRequestException.single(field, "must be an absolute URL with a host, such as https://api.example.com/v1");
    }
    if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(host))) {
      throw InvalidRequestException.single(
          field, "must use https (plain http is allowed only for localhost, 127.0.0.0/8 and ::1)");
    }
    if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
      throw InvalidRequestException.single(field, "must not contain user info, a query or a fragment");
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    try {
      return new URI(scheme + "://" + url.getRawAuthority() + path);
    } catch (URISyntaxException e) {
      throw InvalidRequestException.single(field, "is not a valid URL");
    }
  }

  /**
   * Parses and checks a base URL given as text (for example from an environment variable).
   *
   * @param field the option name used in error messages
   * @param url the URL text
   * @return the normalised URL
   * @throws InvalidRequestException if the text is not a valid base URL
   */
  public static URI parse(String field, @Nullable String url) {
    if (url == null || url.isBlank()) {
      throw InvalidRequestException.single(field, "is required");
    }
    try {
      return validate(field, new URI(url.strip()));
    } catch (URISyntaxException e) {
      throw InvalidRequestException.single(field, "is not a valid URL");
    }
  }

  /**
   * Turns a link the server returned, such as the absolute {@code next} URL of a page, into the URL to request. Only
   * the link's path and query are used, and only when its host (if it names one) is the base URL's host and its path
   * lies under the base URL's path; the request goes to the base URL's scheme and port, so a link written with
   * {@code http} or an internal port (a proxy that rewrote it) never downgrades or redirects the call. A relative link
   * is resolved against the base URL first.
   *
   * @param baseUrl the client's base URL (normalised, see {@link #validate})
   * @param link the link exactly as received
   * @return the URL to request
   * @throws OnboardKitException if the link is malformed, names another host, carries user info, or leaves the base
   *     path (also through {@code .} or {@code ..} segments); nothing is sent then
   */
  public static String followLink(URI baseUrl, String link) {
    URI uri;
    try {
      uri = new URI(link.strip());
    } catch (URISyntaxException e) {
      throw linkRefused("is not a valid URL");
    }
    if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
      uri = URI.create(baseUrl + "/").resolve(uri);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getRawAuthority() != null && (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(baseUrl.getHost())
        || !(scheme.equals("https") || scheme.equals("http") || scheme.isEmpty()))) {
      throw linkRefused("points to another host (" + uri.getHost() + "); only " + baseUrl.getHost()
          + " receives this client's credentials");
    }
    if (uri.getRawUserInfo() != null) {
      throw linkRefused("carries user info");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String basePath = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
    boolean under = path.equals(basePath) || path.startsWith(basePath + "/");
    if (!under || !path.equals(uri.normalize().getRawPath()) || path.contains("/./") || path.contains("/../")) {
      throw linkRefused("leaves the base path " + (basePath.isEmpty() ? "/" : basePath));
    }
    String query = uri.getRawQuery();
    return baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + path + (query == null ? "" : "?" + query);
  }

  private static OnboardKitException linkRefused(String why) {
    return new OnboardKitException("The server's link to the next page " + why + "; it was not followed", null);
  }

  /**
   * Returns whether two URLs share scheme, host and port, the boundary credentials never cross.
   *
   * @param a one URL
   * @param b another URL
   * @return true if both have the same origin
   */
  public static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null
        && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost())
        && effectivePort(a) == effectivePort(b);
  }

  /**
   * Returns whether a host name or literal address is a loopback address, without any DNS lookup.
   *
   * @param host a host name, IPv4 literal, or IPv6 literal with or without brackets
   * @return true for localhost, 127.0.0.0/8 and ::1
   */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    String[] octets = h.split("\\.", -1);
    if (octets.length != 4 || !octets[0].equals("127")) {
      return false;
    }
    for (String octet : octets) {
      if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)
          || Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  private static int effectivePort(URI u) {
    if (u.getPort() != -1) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }
}
