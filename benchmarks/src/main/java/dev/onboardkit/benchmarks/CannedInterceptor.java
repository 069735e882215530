package dev.onboardkit.benchmarks;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Replaces the network: answers every call in-process with the canned documented response for its path, so the
 * in-process benchmarks measure only the code on each side of the HTTP call.
 */
final class CannedInterceptor implements Interceptor {
  static final MediaType JSON = MediaType.get("application/json");

  private final int listPages;
  private final int listPageSize;
  private final byte[][] pages;

  CannedInterceptor(int listPages, int listPageSize) {
    this.listPages = listPages;
    this.listPageSize = listPageSize;
    this.pages = new byte[listPages][];
    for (int i = 0; i < listPages; i++) {
      pages[i] = Canned.klaraListPage(i, listPages, listPageSize);
    }
  }

  /** A client whose every call is answered by a canned response; shared by both sides. */
  static OkHttpClient client(int listPages, int listPageSize) {
    return new OkHttpClient.Builder().addInterceptor(new CannedInterceptor(listPages, listPageSize)).build();
  }

  @Override
  public Response intercept(Chain chain) {
    Request request = chain.request();
    String path = request.url().encodedPath();
    int code;
    byte[] body;
    if (path.endsWith("/api/external/applications") && request.method().equals("POST")) {
      code = 201;
      body = Canned.KLARA_CREATED;
    } else if (path.endsWith("/api/external/applications")) {
      String cursor = request.url().queryParameter("cursor");
      code = 200;
      body = pages[cursor == null ? 0 : Integer.parseInt(cursor.substring(1))];
    } else if (path.endsWith("/organizations/me/" + Canned.DIDIT_ORG + "/applications/")) {
      boolean invalid = "invalid".equals(request.header("X-Benchmark-Case"));
      code = invalid ? 400 : 201;
      body = invalid ? Canned.DIDIT_FIELD_ERRORS : Canned.DIDIT_CREATED;
    } else {
      code = 404;
      body = Canned.utf8("{\"detail\":\"Not found.\"}");
    }
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(code)
        .message(code == 201 ? "Created" : code == 200 ? "OK" : "Error")
        .header("Content-Type", "application/json")
        .header("x-request-id", "req_bench")
        .body(ResponseBody.create(body, JSON))
        .build();
  }

  int listPages() {
    return listPages;
  }

  int listPageSize() {
    return listPageSize;
  }
}
