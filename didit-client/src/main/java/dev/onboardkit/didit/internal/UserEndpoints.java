package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.users.DiditCreateUserRequest;
import dev.onboardkit.didit.users.DiditEntityStatus;
import dev.onboardkit.didit.users.DiditListUsersParams;
import dev.onboardkit.didit.users.DiditUser;
import dev.onboardkit.didit.users.DiditUserDeletion;
import dev.onboardkit.didit.users.DiditUserUpdate;
import java.util.List;
import java.util.Map;

/**
 * Users: the people an application verifies, grouped by {@code vendor_data} (your identifier for each), with their
 * monitoring status ({@code ACTIVE}, {@code FLAGGED}, {@code BLOCKED}) and allowlisted emails and phones. Obtain it
 * with {@code client.users()}. Thread-safe.
 *
 * <p>Every method validates its arguments first and throws {@link dev.onboardkit.core.error.InvalidRequestException}
 * listing every problem, without sending anything. An unknown {@code vendor_data} answers 404
 * ({@link dev.onboardkit.core.error.NotFoundException}).
 */
@ServiceSpec(api = "dev.onboardkit.didit.users", name = "DiditUserService", operations = "didit.users")
public final class UserEndpoints {
  private static final ResponseDecoder<DiditUser> USER = ResponseDecoder.json(DiditUser.class);
  private static final ResponseDecoder<DiditPage<DiditUser>> PAGE = DiditPage.decoder(DiditUser.class);
  private static final ResponseDecoder<DiditUserDeletion> DELETION =
      VerificationDecoders.jsonOrEmpty(DiditUserDeletion.class, DiditUserDeletion.empty());
  private static final String USERS = "/users";

  /** Creates the definitions. */
  public UserEndpoints() {}

  /**
   * Lists the application's users ({@code GET /users/}), in pages of the server's default size; the page fetches the
   * following ones lazily by following {@code next}.
   *
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditUser>, DiditUser> list() {
    return list(DiditListUsersParams.none());
  }

  /**
   * Lists users ({@code GET /users/?limit=&offset=}) from an offset, in pages of a given size; the page fetches the
   * following ones lazily by following the server's {@code next} link.
   *
   * @param params the page size and offset
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditUser>, DiditUser> list(@Nullable DiditListUsersParams params) {
    ApiOperation.Builder<DiditPage<DiditUser>> b = ApiOperation.builder(HttpMethod.GET, PAGE)
        .constantPath(USERS + "/");
    if (b.problems().requireNonNull("params", params)) {
      params.fields().forEach(b::query);
    }
    return DiditPage.paged(b.build(), PAGE);
  }

  /**
   * Creates a user record by hand ({@code POST /users/create/}), for example to pre-register a {@code vendor_data}
   * or allowlist emails and phones before the first session. Never sent twice once the request may have reached the
   * server (the SDK's create rule: sent again only when nothing went out, or after a 429): after a dropped connection
   * ({@code outcomeUnknown()}), {@link #retrieve(String)} the {@code vendor_data} before creating again.
   *
   * @param request the user's identifier and details
   * @return the user as stored
   */
  @Endpoint
  ApiOperation<DiditUser> create(@Nullable DiditCreateUserRequest request) {
    ApiOperation.Builder<DiditUser> b = ApiOperation.builder(HttpMethod.POST, USER)
        .constantPath(USERS + "/create/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Gets a user by their {@code vendor_data} ({@code GET /users/{vendor_data}/}).
   *
   * @param vendorData your identifier for the user
   * @return the user
   */
  @Endpoint
  ApiOperation<DiditUser> retrieve(@Nullable String vendorData) {
    return user(HttpMethod.GET, vendorData, "/").build();
  }

  /**
   * Updates a user's details ({@code PATCH /users/{vendor_data}/}); only the members set are sent, and lists are
   * replaced whole. Retried like a read: setting the same values twice leaves the same user.
   *
   * @param vendorData your identifier for the user
   * @param update the changes
   * @return the updated user
   */
  @Endpoint
  ApiOperation<DiditUser> update(@Nullable String vendorData, @Nullable DiditUserUpdate update) {
    ApiOperation.Builder<DiditUser> b = user(HttpMethod.PATCH, vendorData, "/")
        .idempotency(Idempotency.IDEMPOTENT)
        .body(update);
    b.problems().requireNonNull("update", update);
    return b.build();
  }

  /**
   * Sets a user's monitoring status ({@code PATCH /users/{vendor_data}/update-status/} with {@code {"status": ...}}).
   * Retried like a read: setting the same status twice leaves the same user.
   *
   * @param vendorData your identifier for the user
   * @param status the new status; not {@link DiditEntityStatus#UNKNOWN}
   * @return the updated user
   */
  @Endpoint
  ApiOperation<DiditUser> updateStatus(@Nullable String vendorData, @Nullable DiditEntityStatus status) {
    ApiOperation.Builder<DiditUser> b = user(HttpMethod.PATCH, vendorData, "/update-status/")
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
   * Deletes the users with these {@code vendor_data} ({@code POST /users/delete/} with {@code vendor_data_list} and
   * {@code "delete_all": false}). Retried like a read: deleting the same users twice leaves the same state. To delete
   * every user, call {@link #deleteAll()}; an empty list is refused rather than sent.
   *
   * @param vendorDataList the users' identifiers, at least one
   * @return the server's answer
   */
  @Endpoint
  ApiOperation<DiditUserDeletion> deleteMany(@Nullable List<String> vendorDataList) {
    ApiOperation.Builder<DiditUserDeletion> b = ApiOperation.builder(HttpMethod.POST, DELETION)
        .constantPath(USERS + "/delete/")
        .idempotency(Idempotency.IDEMPOTENT);
    List<String> ids = BatchIds.require(b.problems(), "vendorDataList", vendorDataList, "user");
    if (ids != null) {
      b.body(BatchIds.body("vendor_data_list", ids));
    }
    return b.build();
  }

  /**
   * Deletes <b>every</b> user of the application ({@code POST /users/delete/} with {@code "delete_all": true}).
   * Irreversible. Never sent twice once it may have reached the server: a repeat could also delete users created in
   * between.
   *
   * @return the server's answer
   */
  @Endpoint
  ApiOperation<DiditUserDeletion> deleteAll() {
    return ApiOperation.builder(HttpMethod.POST, DELETION)
        .constantPath(USERS + "/delete/")
        .idempotency(Idempotency.RETRY_UNSENT_ONLY)
        .body(Map.of("delete_all", true))
        .build();
  }

  private static ApiOperation.Builder<DiditUser> user(HttpMethod method, @Nullable String vendorData, String suffix) {
    return ApiOperation.builder(method, USER)
        .constantPath(USERS)
        .pathParam("vendorData", vendorData)
        .constantPath(suffix);
  }
}
