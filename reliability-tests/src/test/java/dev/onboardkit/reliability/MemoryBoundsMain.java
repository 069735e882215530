package dev.onboardkit.reliability;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.organizations.DiditOrganization;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraApplication;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The client side of {@link MemoryBoundsTest}, run in its own JVM with a 64 MiB heap: makes one call per shape the
 * test's server sends, in the same order, and prints one line per call, {@code shape: outcome}, then its heap size.
 * Exits with status 3 on an {@link OutOfMemoryError} ({@code -XX:+ExitOnOutOfMemoryError}).
 */
public final class MemoryBoundsMain {
  private MemoryBoundsMain() {}

  /**
   * Runs the calls.
   *
   * @param args the server's base URL ({@code http://127.0.0.1:<port>})
   * @throws Exception never expected
   */
  public static void main(String[] args) throws Exception {
    String base = args[0];
    RequestOptions once = RequestOptions.builder().maxRetries(0).build();
    try (KlaraClient klara = KlaraClient.builder().baseUrl(URI.create(base + "/api/external"))
            .apiKey(CancellationTest.KEY).build();
        DiditAuthClient didit = DiditAuthClient.builder().baseUrl(URI.create(base + "/auth/v2"))
            .accessToken("memory.bounds.token").build()) {
      for (MemoryBoundsTest.Shape shape : MemoryBoundsTest.Shape.values()) {
        Callable<String> call = shape.klara
            ? () -> describe(klara.applications().retrieve("app-1", once))
            : () -> describe(didit.organizations().list(once));
        String outcome;
        try {
          outcome = call.call();
        } catch (OnboardKitException e) {
          outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        System.out.println(shape + ": " + outcome);
      }
    }
    System.out.println("max heap: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
  }

  private static String describe(KlaraApplication application) {
    Object notes = application.data().fields().get("notes");
    return "decoded, notes of " + (notes == null ? 0 : ((String) notes).length()) + " chars";
  }

  private static String describe(List<DiditOrganization> organizations) {
    return "decoded " + organizations.size() + " organizations";
  }
}
