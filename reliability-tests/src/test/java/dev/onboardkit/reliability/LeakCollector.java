package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.ResponseDecodingException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.function.Executable;

/**
 * What {@link SecretHygieneTest} scans, collected while its runs exercise the SDK: every secret involved (long ones
 * and short codes apart), and every exception text, stack trace and {@code toString()} the runs saw.
 */
final class LeakCollector {
  /** Secrets at least this long are searched as plain substrings; shorter ones as whole tokens. */
  static final int LONG = 8;

  final Set<String> secrets = new LinkedHashSet<>();
  final Set<String> shortSecrets = new LinkedHashSet<>();
  final List<String> texts = new ArrayList<>();
  int exceptions;
  int objects;

  void secret(String value) {
    if (value != null && !value.isEmpty()) {
      (value.length() >= LONG ? secrets : shortSecrets).add(value);
    }
  }

  void seen(Throwable t) {
    exceptions++;
    texts.add(String.valueOf(t.getMessage()));
    texts.add(t.toString());
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    texts.add(trace.toString());
    if (t instanceof ApiException) {
      texts.add(((ApiException) t).error().toString());
      texts.add(((ApiException) t).headers().toString());
      texts.add(((ApiException) t).fieldErrors().toString());
    }
    if (t instanceof ResponseDecodingException) {
      texts.add(((ResponseDecodingException) t).bodySnippet());
    }
  }

  void seen(Object o) {
    objects++;
    texts.add(String.valueOf(o));
  }

  <T extends Throwable> T expect(Class<T> type, Executable call) {
    Throwable thrown = assertThrows(Throwable.class, call);
    if (thrown instanceof ExecutionException) {
      seen(thrown);
      thrown = thrown.getCause();
    }
    T t = type.cast(thrown instanceof Throwable && type.isInstance(thrown) ? thrown : fail(type, thrown));
    seen(t);
    return t;
  }

  private static Throwable fail(Class<?> type, Throwable thrown) {
    throw new AssertionError("expected " + type.getSimpleName() + " but got " + thrown, thrown);
  }
}
