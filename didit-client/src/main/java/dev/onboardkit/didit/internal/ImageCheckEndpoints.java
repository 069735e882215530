package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.checks.DiditAgeEstimationRequest;
import dev.onboardkit.didit.checks.DiditFaceMatchRequest;
import dev.onboardkit.didit.checks.DiditFaceMatchResult;
import dev.onboardkit.didit.checks.DiditFaceSearchRequest;
import dev.onboardkit.didit.checks.DiditFaceSearchResult;
import dev.onboardkit.didit.checks.DiditIdVerificationRequest;
import dev.onboardkit.didit.checks.DiditIdVerificationResult;
import dev.onboardkit.didit.checks.DiditLivenessResult;
import dev.onboardkit.didit.checks.DiditPassiveLivenessRequest;
import dev.onboardkit.didit.checks.DiditPoaRequest;
import dev.onboardkit.didit.checks.DiditPoaResult;

/**
 * The standalone checks that take images: ID verification, proof of address, passive liveness, face match, face
 * search and age estimation, each one multipart call answered at once. Obtain it with {@code client.checks()}.
 * Thread-safe.
 *
 * <p>Each call costs a credit (a {@code 403} when the balance cannot cover it, before any processing), so each is
 * sent like a create: again only when it provably never reached the server, or after a 429; never after a dropped
 * connection or a 5xx, whose outcome is unknown. A file given as an {@code InputStream} is sent at most once (see
 * {@link dev.onboardkit.core.http.FileUpload}).
 */
@ServiceSpec(api = "dev.onboardkit.didit.checks", name = "DiditCheckService", operations = "didit.checks")
public final class ImageCheckEndpoints {
  private static final ResponseDecoder<DiditIdVerificationResult> ID =
      ResponseDecoder.json(DiditIdVerificationResult.class);
  private static final ResponseDecoder<DiditPoaResult> POA = ResponseDecoder.json(DiditPoaResult.class);
  private static final ResponseDecoder<DiditLivenessResult> LIVENESS =
      ResponseDecoder.json(DiditLivenessResult.class);
  private static final ResponseDecoder<DiditFaceMatchResult> FACE_MATCH =
      ResponseDecoder.json(DiditFaceMatchResult.class);
  private static final ResponseDecoder<DiditFaceSearchResult> FACE_SEARCH =
      ResponseDecoder.json(DiditFaceSearchResult.class);

  /** Creates the definitions. */
  public ImageCheckEndpoints() {}

  /**
   * Verifies an identity document from images of its front and back ({@code POST /id-verification/}): the document
   * type, OCR'd fields, MRZ and authenticity checks. Costs a credit; sent again only when it provably never reached
   * the server, or after a 429 (the SDK's create rule).
   *
   * @param request the images and options
   * @return the document's report
   */
  @Endpoint
  ApiOperation<DiditIdVerificationResult> idVerification(@Nullable DiditIdVerificationRequest request) {
    ApiOperation.Builder<DiditIdVerificationResult> b = check(ID, "/id-verification/");
    if (b.problems().requireNonNull("request", request)) {
      b.upload(UploadSpecs.ID_VERIFICATION.multipart(request.files(), request.fields()));
    }
    return b.build();
  }

  /**
   * Verifies a proof-of-address document ({@code POST /poa/}): issuer, dates, holder name and the parsed address,
   * compared with what you expect. Takes 5 to 15 seconds, up to about 30 for long PDFs: give the call a read timeout of
   * at least 45 seconds with {@code RequestOptions}. Costs a credit; sent again only when it provably never reached
   * the server, or after a 429 (the SDK's create rule).
   *
   * @param request the document and what to compare it with
   * @return the document's report
   */
  @Endpoint
  ApiOperation<DiditPoaResult> poaVerification(@Nullable DiditPoaRequest request) {
    ApiOperation.Builder<DiditPoaResult> b = check(POA, "/poa/");
    if (b.problems().requireNonNull("request", request)) {
      b.upload(UploadSpecs.POA.multipart(request.files(), request.fields()));
    }
    return b.build();
  }

  /**
   * Checks from one image that a live person was in front of the camera ({@code POST /passive-liveness/}), and
   * screens the face against your blocklist and earlier sessions. Costs a credit; sent again only when it provably
   * never reached the server, or after a 429 (the SDK's create rule).
   *
   * @param request the face image and options
   * @return the liveness report with its score
   */
  @Endpoint
  ApiOperation<DiditLivenessResult> passiveLiveness(@Nullable DiditPassiveLivenessRequest request) {
    ApiOperation.Builder<DiditLivenessResult> b = check(LIVENESS, "/passive-liveness/");
    if (b.problems().requireNonNull("request", request)) {
      b.upload(UploadSpecs.USER_IMAGE.multipart(request.files(), request.fields()));
    }
    return b.build();
  }

  /**
   * Compares two faces 1:1 ({@code POST /face-match/}) and scores their similarity. Costs a credit; sent again only
   * when it provably never reached the server, or after a 429 (the SDK's create rule).
   *
   * @param request the two images and options
   * @return the comparison's report with its score
   */
  @Endpoint
  ApiOperation<DiditFaceMatchResult> faceMatch(@Nullable DiditFaceMatchRequest request) {
    ApiOperation.Builder<DiditFaceMatchResult> b = check(FACE_MATCH, "/face-match/");
    if (b.problems().requireNonNull("request", request)) {
      b.upload(UploadSpecs.FACE_MATCH.multipart(request.files(), request.fields()));
    }
    return b.build();
  }

  /**
   * Searches a face 1:N against the faces of your application's sessions and lists ({@code POST /face-search/}).
   * Costs a credit; sent again only when it provably never reached the server, or after a 429 (the SDK's create
   * rule).
   *
   * @param request the face image and options
   * @return the matches, most similar first
   */
  @Endpoint
  ApiOperation<DiditFaceSearchResult> faceSearch(@Nullable DiditFaceSearchRequest request) {
    ApiOperation.Builder<DiditFaceSearchResult> b = check(FACE_SEARCH, "/face-search/");
    if (b.problems().requireNonNull("request", request)) {
      b.upload(UploadSpecs.USER_IMAGE.multipart(request.files(), request.fields()));
    }
    return b.build();
  }

  /**
   * Estimates a person's age from a face image, with a passive liveness check in the same call
   * ({@code POST /age-estimation/}). Costs a credit; sent again only when it provably never reached the server, or
   * after a 429 (the SDK's create rule).
   *
   * @param request the face image and options
   * @return the liveness report with the estimated age
   */
  @Endpoint
  ApiOperation<DiditLivenessResult> ageEstimation(@Nullable DiditAgeEstimationRequest request) {
    ApiOperation.Builder<DiditLivenessResult> b = check(LIVENESS, "/age-estimation/");
    if (b.problems().requireNonNull("request", request)) {
      b.upload(UploadSpecs.USER_IMAGE.multipart(request.files(), request.fields()));
    }
    return b.build();
  }

  private static <T> ApiOperation.Builder<T> check(ResponseDecoder<T> decoder, String path) {
    return ApiOperation.builder(HttpMethod.POST, decoder)
        .constantPath(path)
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED);
  }
}
