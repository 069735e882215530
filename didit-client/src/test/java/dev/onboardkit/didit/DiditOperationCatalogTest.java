package dev.onboardkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.didit.applications.DiditApplicationUpdate;
import dev.onboardkit.didit.applications.DiditCreateApplicationRequest;
import dev.onboardkit.didit.support.McpOperations;
import dev.onboardkit.didit.support.SdkOperations;
import dev.onboardkit.didit.support.StandaloneNullSupport;
import dev.onboardkit.didit.support.TestClients;
import dev.onboardkit.didit.support.VerificationClients;
import dev.onboardkit.didit.support.VerificationNullSupport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's operation catalog: every tool of Didit's MCP server (the committed fixture {@code didit/mcp-operations.tsv})
 * must have an SDK operation with the same HTTP method and path, on {@link DiditClient} for the Verification API and on
 * {@link DiditAuthClient} for the auth tools. The SDK's side is found by calling every operation of both clients
 * ({@link SdkOperations}), never from a list kept by hand. The README's Didit operation table is generated from the
 * same data: run this test with {@code -Dreadme.update=true} to rewrite it; otherwise a stale table fails the build.
 */
class DiditOperationCatalogTest {
  /**
   * Tools the other issue-16 branches add (i16b: lists, multipart standalone checks, customization; i16c: JSON
   * standalone checks, transactions and wallet screening, billing). Pending until merged: remove each when its
   * operation lands, which this test demands.
   */
  static final Set<String> PENDING_UNTIL_MERGED = Set.of();

  static final String BEGIN = "<!-- didit-operations:begin -->";
  static final String END = "<!-- didit-operations:end -->";

  private static final MockWebServer SERVER = new MockWebServer();
  private static final List<RecordedRequest> SEEN = Collections.synchronizedList(new ArrayList<>());
  private static List<McpOperations.Tool> tools;
  private static SdkOperations sdk;

  @BeforeAll
  static void discover() throws Exception {
    SERVER.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        SEEN.add(request);
        return TestClients.json(200, "{}");
      }
    });
    SERVER.start();
    tools = McpOperations.load();
    sdk = new SdkOperations(new SdkOperations.Recorder() {
      @Override
      public void clear() {
        SEEN.clear();
      }

      @Override
      public List<RecordedRequest> requests() {
        return new ArrayList<>(SEEN);
      }
    }, DiditOperationCatalogTest::sample);
    try (DiditClient client = new VerificationClients().builder(SERVER).maxRetries(0).build();
        DiditAuthClient auth = new TestClients().builder(SERVER).maxRetries(0).accessToken("tok-12345").build()) {
      sdk.walk(client, "client", "verification", URI.create(SERVER.url("/v3").toString()).getPath());
      sdk.walk(auth, "authClient", "auth", URI.create(SERVER.url("/auth/v2").toString()).getPath());
    }
  }

  @AfterAll
  static void stop() {
    SERVER.close();
  }

  private static Object sample(Class<?> type) {
    Map<Class<?>, Object> s = new LinkedHashMap<>(VerificationNullSupport.samples());
    s.putAll(StandaloneNullSupport.samples());
    s.put(DiditCreateApplicationRequest.class, NullArgumentsTest.createRequest());
    s.put(DiditApplicationUpdate.class, NullArgumentsTest.update());
    if (!s.containsKey(type)) {
      throw new AssertionError("no sample argument of type " + type.getName()
          + "; add one to VerificationNullSupport.samples() or StandaloneNullSupport.samples()");
    }
    return s.get(type);
  }

  @Test
  void theFixtureHoldsEveryToolOfTheMcpServerOnce() {
    assertEquals(82, tools.size());
    assertEquals(tools.size(), tools.stream().map(t -> t.name).distinct().count());
    assertEquals(7, tools.stream().filter(t -> t.api.equals("auth")).count());
    assertTrue(tools.stream().allMatch(t -> t.api.equals("auth") || t.api.equals("verification")));
  }

  @Test
  void everyOperationOfBothClientsReachesTheWire() {
    assertEquals(List.of(), sdk.problems(), String.join("\n", sdk.problems()));
    assertTrue(sdk.operations().size() > 60, "found only " + sdk.operations().size() + " operations");
  }

  @Test
  void everyMcpToolHasAnSdkOperationWithItsMethodAndPath() {
    Set<String> covered = sdk.operations().stream().map(SdkOperations.Operation::key).collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    List<String> landed = new ArrayList<>();
    for (McpOperations.Tool tool : tools) {
      boolean has = covered.contains(tool.key());
      if (!has && !PENDING_UNTIL_MERGED.contains(tool.name)) {
        missing.add(tool.name + " (" + tool.api + " " + tool.method + " " + tool.path + ")");
      }
      if (has && PENDING_UNTIL_MERGED.contains(tool.name)) {
        landed.add(tool.name);
      }
    }
    Set<String> names = tools.stream().map(t -> t.name).collect(Collectors.toSet());
    Set<String> unknownPending = new TreeSet<>(PENDING_UNTIL_MERGED);
    unknownPending.removeAll(names);

    assertEquals(List.of(), missing, "MCP tools without an SDK operation:\n" + String.join("\n", missing));
    assertEquals(List.of(), landed, "implemented now; remove from PENDING_UNTIL_MERGED: " + landed);
    assertEquals(Set.of(), unknownPending, "PENDING_UNTIL_MERGED names tools the MCP server does not have");
  }

  @Test
  void theReadmeTableIsGeneratedFromTheOperations() throws Exception {
    Path readme = Paths.get("").toAbsolutePath().resolveSibling("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "README.md has no " + BEGIN + " ... " + END + " section");
    String current = text.substring(begin + BEGIN.length(), end);
    String generated = "\n" + table() + "\n";
    if (Boolean.getBoolean("readme.update")) {
      Files.writeString(readme, text.substring(0, begin + BEGIN.length()) + generated + text.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(generated, current, "README.md's Didit operation table is out of date: run "
        + "mvn -pl didit-client -am test -Dtest=DiditOperationCatalogTest -Dsurefire.failIfNoSpecifiedTests=false "
        + "-Dreadme.update=true");
  }

  /** One row per MCP tool, in the server's order, then the SDK's operations the MCP server does not have. */
  private static String table() {
    Map<String, Set<String>> calls = new LinkedHashMap<>();
    for (SdkOperations.Operation op : sdk.operations()) {
      calls.computeIfAbsent(op.key(), k -> new LinkedHashSet<>()).add(op.call);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("| MCP tool | API | HTTP | SDK method |\n|---|---|---|---|\n");
    Set<String> listed = new LinkedHashSet<>();
    for (McpOperations.Tool tool : tools) {
      Set<String> sdkCalls = calls.getOrDefault(tool.key(), Set.of());
      listed.add(tool.key());
      row(sb, "`" + tool.name + "`", tool.api, tool.method + " " + tool.path, sdkCalls.isEmpty()
          ? (PENDING_UNTIL_MERGED.contains(tool.name) ? "pending (another issue-16 branch)" : "missing")
          : code(sdkCalls));
    }
    for (Map.Entry<String, Set<String>> e : calls.entrySet()) {
      if (!listed.contains(e.getKey())) {
        String[] key = e.getKey().split(" ", 3);
        row(sb, "—", key[0], key[1] + " " + key[2].replace("{}", "{id}"), code(e.getValue()));
      }
    }
    return sb.toString().stripTrailing();
  }

  private static void row(StringBuilder sb, String tool, String api, String http, String sdkCalls) {
    sb.append("| ").append(tool).append(" | ").append(api.equals("auth") ? "Auth" : "Verification").append(" | `")
        .append(http).append("` | ").append(sdkCalls).append(" |\n");
  }

  private static String code(Set<String> calls) {
    return calls.stream().map(c -> "`" + c + "`").collect(Collectors.joining("<br>"));
  }
}
