package dev.onboardkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The hand-written Didit create-application call: OkHttp, Jackson, POJOs; same bytes as the SDK. */
final class BaselineDidit {
  private static final ObjectWriter REQUEST = BaselineJson.MAPPER.writerFor(CreateBody.class);
  private static final ObjectReader CREATED = BaselineJson.MAPPER.readerFor(Created.class);
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final String url;
  private final String authorization;
  private final String userAgent;

  BaselineDidit(OkHttpClient http, String baseUrl, String orgId, String token, String userAgent) {
    this.http = http;
    this.url = baseUrl + "/organizations/me/" + orgId + "/applications/";
    this.authorization = "Bearer " + token;
    this.userAgent = userAgent;
  }

  Created create(CreateBody body, String benchmarkCase) throws IOException {
    Request.Builder request = new Request.Builder()
        .url(url)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header("X-Retry-Count", "0")
        .header("Authorization", authorization)
        .post(RequestBody.create(REQUEST.writeValueAsBytes(body), JSON));
    if (benchmarkCase != null) {
      request.header("X-Benchmark-Case", benchmarkCase);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      if (response.code() != 201) {
        throw ApiError.from(response.code(), response.body().bytes());
      }
      return CREATED.readValue(response.body().byteStream());
    }
  }

  static CreateBody sampleBody() {
    return new CreateBody("Acme Customer App", "https://acme.example", List.of("https://acme.example/callback"),
        "https://acme.example/terms", "https://acme.example/privacy");
  }

  /** What a hand-written client throws for an error status: status plus the field errors it parsed. */
  static final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final transient Map<String, List<String>> fieldErrors;

    ApiError(int status, Map<String, List<String>> fieldErrors) {
      super("HTTP " + status + ": " + fieldErrors);
      this.status = status;
      this.fieldErrors = fieldErrors;
    }

    static ApiError from(int status, byte[] body) throws IOException {
      Map<String, List<String>> fields = new LinkedHashMap<>();
      JsonNode root = BaselineJson.MAPPER.readTree(body);
      Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(e.getKey(), e.getValue(), fields);
      }
      return new ApiError(status, fields);
    }

    private static void collect(String path, JsonNode node, Map<String, List<String>> out) {
      if (node.isValueNode()) {
        out.computeIfAbsent(path, k -> new ArrayList<>()).add(node.asText());
      } else if (node.isArray()) {
        for (JsonNode n : node) {
          collect(path, n, out);
        }
      } else {
        node.properties().forEach(e -> collect(path + "." + e.getKey(), e.getValue(), out));
      }
    }
  }

  static final class CreateBody {
    @JsonProperty("name") public final String name;
    @JsonProperty("website_url") public final String websiteUrl;
    @JsonProperty("redirect_uris") public final List<String> redirectUris;
    @JsonProperty("terms_url") public final String termsUrl;
    @JsonProperty("privacy_url") public final String privacyUrl;

    CreateBody(String name, String websiteUrl, List<String> redirectUris, String termsUrl, String privacyUrl) {
      this.name = name;
      this.websiteUrl = websiteUrl;
      this.redirectUris = redirectUris;
      this.termsUrl = termsUrl;
      this.privacyUrl = privacyUrl;
    }
  }

  static final class Created {
    @JsonProperty("uuid") public String uuid;
    @JsonProperty("name") public String name;
    @JsonProperty("client_id") public String clientId;
    @JsonProperty("api_key") public String apiKey;
    @JsonProperty("website_url") public String websiteUrl;
    @JsonProperty("redirect_uris") public List<String> redirectUris;
    @JsonProperty("terms_url") public String termsUrl;
    @JsonProperty("privacy_url") public String privacyUrl;
    @JsonProperty("description") public String description;
    @JsonProperty("created_at") public Instant createdAt;
  }
}
