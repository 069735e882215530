package dev.onboardkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * What an integrator writes by hand without the SDK: OkHttp plus Jackson and plain POJOs. It sends the same bytes
 * (body and headers) as the SDK and decodes the same response fields into the same types.
 */
final class BaselineKlara {
  private static final ObjectWriter REQUEST = BaselineJson.MAPPER.writerFor(CreateBody.class);
  private static final ObjectReader CREATED = BaselineJson.MAPPER.readerFor(Created.class);
  private static final ObjectReader PAGE = BaselineJson.MAPPER.readerFor(Page.class);
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final String baseUrl;
  private final String authorization;
  private final String userAgent;

  BaselineKlara(OkHttpClient http, String baseUrl, String apiKey, String userAgent) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.authorization = "Bearer " + apiKey;
    this.userAgent = userAgent;
  }

  Created create(CreateBody body) throws IOException {
    Request request = new Request.Builder()
        .url(baseUrl + "/applications")
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header("X-Retry-Count", "0")
        .header("Authorization", authorization)
        .post(RequestBody.create(REQUEST.writeValueAsBytes(body), JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() != 201) {
        throw new IOException("HTTP " + response.code());
      }
      return CREATED.readValue(response.body().byteStream());
    }
  }

  Page list(String cursor) throws IOException {
    String url = baseUrl + "/applications?limit=100" + (cursor == null ? "" : "&cursor=" + cursor);
    Request request = new Request.Builder().url(url)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header("X-Retry-Count", "0")
        .header("Authorization", authorization)
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new IOException("HTTP " + response.code());
      }
      return PAGE.readValue(response.body().byteStream());
    }
  }

  static CreateBody sampleBody() {
    return new CreateBody("kyc-standard", new Contact("Sophie Mitchell", "sophie@acme.com", "CEO"),
        "Acme Financial Ltd", "12345678", "GB", true);
  }

  /** Request body, fields in the order the SDK writes them. */
  static final class CreateBody {
    @JsonProperty("config_id") public final String configId;
    @JsonProperty("primary_contact") public final Contact primaryContact;
    @JsonProperty("company_name") public final String companyName;
    @JsonProperty("company_number") public final String companyNumber;
    @JsonProperty("country") public final String country;
    @JsonProperty("pre_auth") public final Boolean preAuth;

    CreateBody(String configId, Contact primaryContact, String companyName, String companyNumber, String country,
        Boolean preAuth) {
      this.configId = configId;
      this.primaryContact = primaryContact;
      this.companyName = companyName;
      this.companyNumber = companyNumber;
      this.country = country;
      this.preAuth = preAuth;
    }
  }

  static final class Contact {
    @JsonProperty("name") public final String name;
    @JsonProperty("email") public final String email;
    @JsonProperty("role") public final String role;

    Contact(String name, String email, String role) {
      this.name = name;
      this.email = email;
      this.role = role;
    }
  }

  /** Response: the same fields the SDK decodes. */
  static final class Created {
    @JsonProperty("application_id") public String applicationId;
    @JsonProperty("link") public URI link;
    @JsonProperty("participants") public List<Participant> participants;
    @JsonProperty("pre_auth_code") public String preAuthCode;
    @JsonProperty("warning") public String warning;
  }

  static final class Participant {
    @JsonProperty("id") public String id;
    @JsonProperty("link_slug") public String linkSlug;
    @JsonProperty("access_token") public String accessToken;
    @JsonProperty("email") public String email;
    @JsonProperty("role") public String role;
  }

  static final class Page {
    @JsonProperty("applications") public List<Summary> applications;
    @JsonProperty("has_more") public boolean hasMore;
    @JsonProperty("next_cursor") public String nextCursor;
  }

  static final class Summary {
    @JsonProperty("id") public String id;
    @JsonProperty("config_id") public String configId;
    @JsonProperty("status") public String status;
    @JsonProperty("company_name") public String companyName;
    @JsonProperty("primary_contact") public SummaryContact primaryContact;
    @JsonProperty("documents") public List<Document> documents;
    @JsonProperty("created_at") public Instant createdAt;
    @JsonProperty("submitted_at") public Instant submittedAt;
  }

  static final class SummaryContact {
    @JsonProperty("email") public String email;
    @JsonProperty("name") public String name;
  }

  static final class Document {
    @JsonProperty("id") public String id;
    @JsonProperty("field_id") public String fieldId;
    @JsonProperty("file_name") public String fileName;
    @JsonProperty("status") public String status;
    @JsonProperty("download_url") public URI downloadUrl;
  }
}
