package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.businesses.DiditBusiness;
import dev.onboardkit.didit.businesses.DiditBusinessDeletion;
import dev.onboardkit.didit.businesses.DiditBusinessUpdate;
import dev.onboardkit.didit.businesses.DiditCreateBusinessRequest;
import dev.onboardkit.didit.businesses.DiditDeleteBusinessesRequest;
import dev.onboardkit.didit.businesses.DiditListBusinessesParams;
import dev.onboardkit.didit.users.DiditEntityStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Businesses (KYB): the companies an application verifies, grouped by {@code vendor_data} (your identifier for each),
 * with their registry details and monitoring status ({@code ACTIVE}, {@code FLAGGED}, {@code BLOCKED}). Obtain it with
 * {@code client.businesses()}. Thread-safe.
 *
 * <p>Every method validates its arguments first and throws {@link dev.onboardkit.core.error.InvalidRequestException}
 * listing every problem, without sending anything. An unknown {@code vendor_data} answers 404
 * ({@link dev.onboardkit.core.error.NotFoundException}).
 */
@ServiceSpec(api = "dev.onboardkit.didit.businesses", name = "DiditBusinessService", operations = "didit.businesses")
public final class BusinessEndpoints {
  private static final ResponseDecoder<DiditBusiness> BUSINESS = ResponseDecoder.json(DiditBusiness.class);
  private static final ResponseDecoder<DiditPage<DiditBusiness>> PAGE = DiditPage.decoder(DiditBusiness.class);
  private static final ResponseDecoder<DiditBusinessDeletion> DELETION =
      VerificationDecoders.jsonOrEmpty(DiditBusinessDeletion.class, DiditBusinessDeletion.empty());
  private static final String BUSINESSES = "/businesses";

  /** Creates the definitions. */
  public BusinessEndpoints() {}

  /**
   * Lists the application's businesses ({@code GET /businesses/}), in pages of the server's default size; the page
   * fetches the following ones lazily by following {@code next}.
   *
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditBusiness>, DiditBusiness> list() {
    return list(DiditListBusinessesParams.none());
  }

  /**
   * Lists businesses ({@code GET /businesses/?limit=&offset=}) from an offset, in pages of a given size; the page
   * fetches the following ones lazily by following the server's {@code next} link.
   *
   * @param params the page size and offset
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditBusiness>, DiditBusiness> list(@Nullable DiditListBusinessesParams params) {
    ApiOperation.Builder<DiditPage<DiditBusiness>> b = ApiOperation.builder(HttpMethod.GET, PAGE)
        .constantPath(BUSINESSES + "/");
    if (b.problems().requireNonNull("params", params)) {
      params.fields().forEach(b::query);
    }
    return DiditPage.paged(b.build(), PAGE);
  }

  /**
   * Creates a business record by hand ({@code POST /businesses/create/}). Never sent twice once the request may have
   * reached the server (the SDK's create rule: sent again only when nothing went out, or after a 429): after a
   * dropped connection ({@code outcomeUnknown()}), {@link #retrieve(String)} the {@code vendor_data} before creating
   * again.
   *
   * @param request the business's identifier and details
   * @return the business as stored
   */
  @Endpoint
  ApiOperation<DiditBusiness> create(@Nullable DiditCreateBusinessRequest request) {
    ApiOperation.Builder<DiditBusiness> b = ApiOperation.builder(HttpMethod.POST, BUSINESS)
        .constantPath(BUSINESSES + "/create/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Gets a business by its {@code vendor_data} ({@code GET /businesses/{vendor_data}/}).
   *
   * @param vendorData your identifier for the business
   * @return the business
   */
  @Endpoint
  ApiOperation<DiditBusiness> retrieve(@Nullable String vendorData) {
    return business(HttpMethod.GET, vendorData, "/").build();
  }

  /**
   * Updates a business's details ({@code PATCH /businesses/{vendor_data}/}); only the members set are sent. Retried
   * like a read: setting the same values twice leaves the same business.
   *
   * @param vendorData your identifier for the business
   * @param update the changes
   * @return the updated business
   */
  @Endpoint
  ApiOperation<DiditBusiness> update(@Nullable String vendorData, @Nullable DiditBusinessUpdate update) {
    ApiOperation.Builder<DiditBusiness> b = business(HttpMethod.PATCH, vendorData, "/")
        .idempotency(Idempotency.IDEMPOTENT)
        .body(update);
    b.problems().requireNonNull("update", update);
    return b.build();
  }

  /**
   * Sets a business's monitoring status ({@code PATCH /businesses/{vendor_data}/update-status/} with
   * {@code {"status": ...}}). Retried like a read: setting the same status twice leaves the same business.
   *
   * @param vendorData your identifier for the business
   * @param status the new status; not {@link DiditEntityStatus#UNKNOWN}
   * @return the updated business
   */
  @Endpoint
  ApiOperation<DiditBusiness> updateStatus(@Nullable String vendorData, @Nullable DiditEntityStatus status) {
    ApiOperation.Builder<DiditBusiness> b = business(HttpMethod.PATCH, vendorData, "/update-status/")
        .idempotency(Idempotency.IDEMPOTENT);
    if (b.problems().requireNonNull("status", status)) {
      if (status == DiditEntityStatus.UNKNOWN) {
        b.problems().add("status", "must be a known value, not UNKNOWN");
      } else {
        b.body(Map.of("status", status.wireValue()));
      }
    }
    return b.build();
  }

  /**
   * Deletes the businesses with these {@code vendor_data} ({@code POST /businesses/delete/} with
   * {@code vendor_data_list} and {@code "delete_all": false}). Retried like a read: deleting the same businesses twice
   * leaves the same state. To delete every business, call {@link #deleteAll()}; an empty list is refused rather than
   * sent.
   *
   * @param vendorDataList the businesses' identifiers, at least one
   * @return the server's answer
   */
  @Endpoint
  ApiOperation<DiditBusinessDeletion> deleteMany(@Nullable List<String> vendorDataList) {
    ApiOperation.Builder<DiditBusinessDeletion> b = deletion(Idempotency.IDEMPOTENT);
    List<String> ids = BatchIds.require(b.problems(), "vendorDataList", vendorDataList, "business");
    if (ids != null) {
      b.body(BatchIds.body("vendor_data_list", ids));
    }
    return b.build();
  }

  /**
   * Deletes businesses by {@code vendor_data}, by Didit's internal id, or both ({@code POST /businesses/delete/} with
   * the lists set and {@code "delete_all": false}). Retried like a read.
   *
   * @param request the ids
   * @return the server's answer
   */
  @Endpoint
  ApiOperation<DiditBusinessDeletion> deleteMany(@Nullable DiditDeleteBusinessesRequest request) {
    ApiOperation.Builder<DiditBusinessDeletion> b = deletion(Idempotency.IDEMPOTENT);
    if (b.problems().requireNonNull("request", request)) {
      Map<String, Object> body = new LinkedHashMap<>(request.fields());
      body.put("delete_all", false);
      b.body(body);
    }
    return b.build();
  }

  /**
   * Deletes <b>every</b> business of the application ({@code POST /businesses/delete/} with
   * {@code "delete_all": true}). Irreversible. Never sent twice once it may have reached the server: a repeat could
   * also delete businesses created in between.
   *
   * @return the server's answer
   */
  @Endpoint
  ApiOperation<DiditBusinessDeletion> deleteAll() {
    return deletion(Idempotency.RETRY_UNSENT_ONLY).body(Map.of("delete_all", true)).build();
  }

  private static ApiOperation.Builder<DiditBusinessDeletion> deletion(Idempotency idempotency) {
    return ApiOperation.builder(HttpMethod.POST, DELETION)
        .constantPath(BUSINESSES + "/delete/")
        .idempotency(idempotency);
  }

  private static ApiOperation.Builder<DiditBusiness> business(
      HttpMethod method, @Nullable String vendorData, String suffix) {
    return ApiOperation.builder(method, BUSINESS)
        .constantPath(BUSINESSES)
        .pathParam("vendorData", vendorData)
        .constantPath(suffix);
  }
}
