package dev.onboardkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

class ApiOperationPathTest {
  private static final ResponseDecoder<String> TEXT = response -> response.bodyAsString();
  private static final String APPLICATIONS = "/applications";

  @Test
  void aConstantPathAloneIsUsedAsIs() {
    ApiOperation<String> op = ApiOperation.builder(HttpMethod.POST, TEXT).constantPath(APPLICATIONS).build();

    assertSame(APPLICATIONS, op.path());
  }

  @Test
  void constantsSegmentsAndParametersComposeInOrder() {
    ApiOperation<String> op = ApiOperation.builder(HttpMethod.GET, TEXT)
        .constantPath("/organizations/me")
        .pathParam("orgId", " org 1/x ")
        .constantPath("/applications")
        .path("a b")
        .path("x", "")
        .build();

    assertEquals("/organizations/me/org%201%2Fx/applications/a%20b/x/", op.path());
  }

  @Test
  void aConstantPathMustStartWithASlash() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ApiOperation.builder(HttpMethod.GET, TEXT).constantPath("applications"));

    assertEquals("a constant path starts with /: applications", e.getMessage());
  }

  @Test
  void noPathAtAllIsTheBaseUrlItself() {
    assertEquals("", ApiOperation.builder(HttpMethod.GET, TEXT).build().path());
  }

  @Test
  void anInvalidParameterAfterAConstantIsReported() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> ApiOperation.builder(HttpMethod.GET, TEXT).constantPath("/organizations/me").pathParam("orgId", "..")
            .build());

    assertEquals("orgId", e.problems().get(0).field());
  }
}
