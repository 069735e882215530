package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.transactions.DiditCreateTransactionRequest;
import dev.onboardkit.didit.transactions.DiditListTransactionsParams;
import dev.onboardkit.didit.transactions.DiditTransaction;
import dev.onboardkit.didit.transactions.DiditTransactionSummary;
import dev.onboardkit.didit.transactions.DiditWalletScreening;
import dev.onboardkit.didit.transactions.DiditWalletScreeningRequest;

/**
 * Transaction monitoring: submit transactions for rule evaluation and screening, list and read them, and screen a
 * crypto wallet on demand. Obtain it with {@code client.transactions()}. Thread-safe.
 *
 * <p>Every method validates its arguments first and throws {@link dev.onboardkit.core.error.InvalidRequestException}
 * listing every problem, without sending anything. Error responses throw the
 * {@link dev.onboardkit.core.error.ApiException} subclass matching the status; a refused API key is an
 * {@link dev.onboardkit.core.error.AuthenticationException}.
 */
@ServiceSpec(api = "dev.onboardkit.didit.transactions", name = "DiditTransactionService",
    operations = "didit.transactions")
public final class TransactionEndpoints {
  private static final ResponseDecoder<DiditTransaction> TRANSACTION = ResponseDecoder.json(DiditTransaction.class);
  private static final ResponseDecoder<DiditPage<DiditTransactionSummary>> PAGE =
      DiditPage.decoder(DiditTransactionSummary.class);
  private static final ResponseDecoder<DiditWalletScreening> WALLET =
      ResponseDecoder.json(DiditWalletScreening.class);
  private static final String TRANSACTIONS = "/transactions";

  /** Creates the definitions. */
  public TransactionEndpoints() {}

  /**
   * Lists the monitored transactions ({@code GET /transactions/}), newest first, in pages of the server's default
   * size (50); the page fetches the following ones lazily.
   *
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditTransactionSummary>, DiditTransactionSummary> list() {
    return list(DiditListTransactionsParams.none());
  }

  /**
   * Lists the monitored transactions ({@code GET /transactions/}) from an offset and in pages of a given size. Later
   * pages follow the server's absolute {@code next} link, only while it stays on this client's host and under its
   * base path, and stop when it is null; {@code count}, capped at 100 by Didit, is not used.
   *
   * @param params the page size and offset
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditTransactionSummary>, DiditTransactionSummary> list(
      @Nullable DiditListTransactionsParams params) {
    ApiOperation.Builder<DiditPage<DiditTransactionSummary>> b = ApiOperation.builder(HttpMethod.GET, PAGE)
        .constantPath(TRANSACTIONS + "/");
    if (b.problems().requireNonNull("params", params)) {
      params.fields().forEach(b::query);
    }
    return DiditPage.paged(b.build(), PAGE);
  }

  /**
   * Submits a transaction for monitoring ({@code POST /transactions/}). The rules (and crypto screening, when it
   * applies) run before the call returns: the result's {@link DiditTransaction#status()} is the verdict. Didit
   * sends a {@code transaction.created} webhook.
   *
   * <p><b>The SDK's create rule:</b> never sent twice once the request may have reached the server. It is sent again
   * only when the connection failed before anything went out, or after a 429 (the server refused it), honouring the
   * server's wait up to {@code maxRetryAfter}; any other response is reported at once. Your {@code transaction_id}
   * is also Didit's idempotency key: after a dropped connection ({@code outcomeUnknown()}), submitting the same
   * request again either records it or answers 400 because it already exists; list the transactions to find it.
   *
   * @param request the transaction
   * @return the transaction with its verdict
   */
  @Endpoint
  ApiOperation<DiditTransaction> create(@Nullable DiditCreateTransactionRequest request) {
    ApiOperation.Builder<DiditTransaction> b = ApiOperation.builder(HttpMethod.POST, TRANSACTION)
        .constantPath(TRANSACTIONS + "/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Gets the full monitoring record of a transaction ({@code GET /transactions/{transaction_id}/}): parties,
   * verdict, rule runs and alerts.
   *
   * @param transactionId Didit's id of the transaction ({@link DiditTransaction#id()},
   *     {@link DiditTransactionSummary#uuid()}), not the {@code transaction_id} you sent
   * @return the transaction
   */
  @Endpoint
  ApiOperation<DiditTransaction> retrieve(@Nullable String transactionId) {
    return ApiOperation.builder(HttpMethod.GET, TRANSACTION)
        .constantPath(TRANSACTIONS)
        .pathParam("transactionId", transactionId)
        .constantPath("/")
        .build();
  }

  /**
   * Screens one crypto address for AML risk without recording a transaction ({@code POST /wallet-screening/}).
   * Needs a transaction monitoring provider configured for the application (otherwise Didit answers 409,
   * a {@link dev.onboardkit.core.error.ConflictException}).
   *
   * <p>Each screening is billed, so it follows <b>the SDK's create rule</b>: sent again only when the connection
   * failed before anything went out, or after a 429; any other response, and a failure after sending, is reported at
   * once.
   *
   * @param request the address and chain
   * @return the screening result
   */
  @Endpoint
  ApiOperation<DiditWalletScreening> screenWallet(@Nullable DiditWalletScreeningRequest request) {
    ApiOperation.Builder<DiditWalletScreening> b = ApiOperation.builder(HttpMethod.POST, WALLET)
        .constantPath("/wallet-screening/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }
}
