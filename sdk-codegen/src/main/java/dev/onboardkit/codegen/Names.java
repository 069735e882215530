package dev.onboardkit.codegen;

import com.squareup.javapoet.ClassName;

/** The SDK types the generated code refers to. */
final class Names {
  static final ClassName REQUEST_OPTIONS = ClassName.get("dev.onboardkit.core", "RequestOptions");
  static final ClassName API_RESPONSE = ClassName.get("dev.onboardkit.core", "ApiResponse");
  static final ClassName CLIENT_RUNTIME = ClassName.get("dev.onboardkit.core.internal", "ClientRuntime");
  static final ClassName CURSOR_PAGE = ClassName.get("dev.onboardkit.core.paging", "CursorPage");
  static final ClassName ASYNC_CURSOR_PAGE = ClassName.get("dev.onboardkit.core.paging", "AsyncCursorPage");
  static final ClassName INVALID_REQUEST = ClassName.get("dev.onboardkit.core.error", "InvalidRequestException");
  static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");

  private Names() {}
}
