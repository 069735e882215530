package dev.onboardkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.core.internal.error.ErrorBodyDecoder;
import dev.onboardkit.didit.internal.DiditVendor;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DiditErrorClassifierTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(401, "{\"detail\":\"Invalid access token\"}", DiditErrorCode.INVALID_ACCESS_TOKEN),
        Arguments.of(401, "{\"detail\":\"Given token not valid for any token type\"}",
            DiditErrorCode.INVALID_ACCESS_TOKEN),
        Arguments.of(401, "{\"detail\":\"Authentication credentials were not provided.\"}",
            DiditErrorCode.ACCESS_TOKEN_MISSING),
        Arguments.of(403, "{\"detail\":\"Authentication credentials were not provided.\"}",
            DiditErrorCode.ACCESS_TOKEN_MISSING),
        Arguments.of(401, "{\"detail\":\"Invalid credentials\"}", DiditErrorCode.INVALID_CREDENTIALS),
        Arguments.of(400, "{\"non_field_errors\":[\"Incorrect email or password.\"]}",
            DiditErrorCode.INVALID_CREDENTIALS),
        Arguments.of(403, "{\"detail\":\"Email not verified. Please verify your email first.\"}",
            DiditErrorCode.EMAIL_NOT_VERIFIED),
        Arguments.of(403, "{\"detail\":\"You do not have permission to perform this action.\"}",
            DiditErrorCode.PERMISSION_DENIED),
        Arguments.of(404, "{\"detail\":\"Not found.\"}", DiditErrorCode.NOT_FOUND),
        Arguments.of(400, "[\"Invalid OTP token.\"]", DiditErrorCode.INVALID_OTP),
        Arguments.of(400, "[\"Invalid or expired verification code.\"]", DiditErrorCode.INVALID_VERIFICATION_CODE),
        Arguments.of(400, "{\"code\":[\"Ensure this field has no more than 6 characters.\"]}",
            DiditErrorCode.INVALID_VERIFICATION_CODE),
        Arguments.of(400, "{\"detail\":\"An account with this email already exists.\"}",
            DiditErrorCode.EMAIL_ALREADY_REGISTERED),
        Arguments.of(400, "{\"email\":[\"user with this email already exists.\"]}",
            DiditErrorCode.EMAIL_ALREADY_REGISTERED),
        Arguments.of(400, "{\"password\":[\"This password is too common.\"]}", DiditErrorCode.PASSWORD_POLICY),
        Arguments.of(400, "[\"Password must contain at least one uppercase letter.\"]", DiditErrorCode.PASSWORD_POLICY),
        Arguments.of(400, "{\"website_url\":[\"Enter a valid URL.\"]}", DiditErrorCode.VALIDATION_ERROR),
        Arguments.of(400, "{\"features\":[[\"Incorrect type.\"]]}", DiditErrorCode.VALIDATION_ERROR),
        Arguments.of(402, "{\"detail\":\"Insufficient balance\"}", DiditErrorCode.INSUFFICIENT_BALANCE),
        Arguments.of(409, "{\"detail\":\"Conflict.\"}", DiditErrorCode.CONFLICT),
        Arguments.of(422, "{\"detail\":\"Invalid choice\",\"allowed\":[\"a\"]}", DiditErrorCode.INVALID_CHOICE),
        Arguments.of(429, "{\"detail\":\"Request was throttled.\",\"wait\":30}", DiditErrorCode.THROTTLED),
        Arguments.of(500, "<html><title>Server Error</title></html>", DiditErrorCode.SERVER_ERROR),
        Arguments.of(418, "", DiditErrorCode.UNKNOWN));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void classifies(int status, String body, DiditErrorCode expected) {
    assertEquals(expected, DiditErrorClassifier.INSTANCE.classify(status,
        ErrorBodyDecoder.decode(body.getBytes(StandardCharsets.UTF_8), "application/json",
            DiditVendor.PROFILE.errorShape())));
  }
}
