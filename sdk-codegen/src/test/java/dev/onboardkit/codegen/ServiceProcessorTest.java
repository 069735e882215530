package dev.onboardkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessorTest {
  private static final String HEADER = "package com.example.internal;\n"
      + "import dev.onboardkit.core.internal.*;\n"
      + "import dev.onboardkit.core.http.HttpMethod;\n"
      + "import java.util.List;\n";

  @TempDir Path dir;

  private static final String WIDGETS = HEADER
      + "/** Widgets. */\n"
      + "@ServiceSpec(api = \"com.example.widgets\", name = \"WidgetService\", operations = \"example.widgets\")\n"
      + "public final class WidgetEndpoints {\n"
      + "  static final ResponseDecoder<String> TEXT = r -> r.bodyAsString();\n"
      + "  /**\n   * Gets a widget ({@code GET /widgets/{id}}).\n   *\n   * @param id the widget id\n"
      + "   * @return The widget's name\n   * @throws IllegalStateException never\n   */\n"
      + "  @Endpoint ApiOperation<String> retrieve(String id) {\n"
      + "    return ApiOperation.builder(HttpMethod.GET, TEXT).path(\"widgets\").pathParam(\"id\", id).build();\n"
      + "  }\n"
      + "}\n";

  @Test
  void generatesTheFourFormsWithOverloadsAndDerivedDocumentation() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = compile(WIDGETS);
    assertEquals(List.of(), errors);

    String sync = generated("com/example/widgets/WidgetService.java");
    assertTrue(sync.contains("public interface WidgetService {"), sync);
    assertTrue(sync.contains("  default String retrieve(String id) {\n    return retrieve(id, RequestOptions.none());\n"),
        sync);
    assertTrue(sync.contains("  String retrieve(String id, RequestOptions options);"), sync);
    assertTrue(sync.contains("   * @throws IllegalStateException never"), sync);
    assertTrue(sync.contains("  interface WithRawResponse {"), sync);
    assertTrue(sync.contains("    ApiResponse<String> retrieve(String id, RequestOptions options);"), sync);
    assertTrue(sync.contains("@return the response, whose {@code value()} is the widget's name"), sync);

    String async = generated("com/example/widgets/WidgetServiceAsync.java");
    assertTrue(async.contains("  CompletableFuture<String> retrieve(String id, RequestOptions options);"), async);
    assertTrue(async.contains("    CompletableFuture<ApiResponse<String>> retrieve(String id, RequestOptions options);"),
        async);
    assertTrue(async.contains("@return a future of the widget's name"), async);
    assertTrue(!async.contains("@throws"), "futures fail; they do not throw");

    String impl = generated("com/example/internal/WidgetServiceImpl.java");
    assertTrue(impl.contains("return raw.retrieve(id, options).value();"), impl);
    assertTrue(impl.contains("return runtime.executeForResponse(RETRIEVE, spec.retrieve(id), options);"), impl);
    assertTrue(impl.contains("private static final String RETRIEVE = \"example.widgets.retrieve\";"), impl);
    String asyncImpl = generated("com/example/internal/WidgetServiceAsyncImpl.java");
    assertTrue(
        asyncImpl.contains("return runtime.executeForResponseAsync(RETRIEVE, () -> spec.retrieve(id), options);"),
        asyncImpl);
    assertTrue(asyncImpl.contains("return raw.retrieve(id, options).thenApply(ApiResponse::value);"), asyncImpl);
  }

  @Test
  void overloadsShareOneOperationIdAndMultiWordNamesBecomeConstants() throws IOException {
    String source = WIDGETS.replace("public final class WidgetEndpoints {\n",
        "public final class WidgetEndpoints {\n"
        + "  /**\n   * Refreshes.\n   *\n   * @return the name\n   */\n"
        + "  @Endpoint ApiOperation<String> refreshPreAuth() {\n"
        + "    return ApiOperation.builder(HttpMethod.POST, TEXT).path(\"r\").build();\n  }\n"
        + "  /**\n   * Refreshes one.\n   *\n   * @param id the id\n   * @return the name\n   */\n"
        + "  @Endpoint ApiOperation<String> refreshPreAuth(String id) {\n"
        + "    return ApiOperation.builder(HttpMethod.POST, TEXT).path(\"r\").pathParam(\"id\", id).build();\n  }\n");
    assertEquals(List.of(), compile(source));
    String impl = generated("com/example/internal/WidgetServiceImpl.java");
    assertEquals(1, impl.split("String REFRESH_PRE_AUTH = \"example.widgets.refreshPreAuth\";", -1).length - 1, impl);
    assertTrue(impl.contains("return runtime.executeForResponse(REFRESH_PRE_AUTH, spec.refreshPreAuth(id), options);"),
        impl);
  }

  @Test
  void anOperationsPrefixThatIsNotDottedLowerCamelCaseIsACompileErrorOnTheClassDeclaration() throws IOException {
    List<String> errors = messages(compile(WIDGETS.replace("operations = \"example.widgets\"",
        "operations = \"Example widgets\"")));
    assertEquals(List.of("class: operations must be lower camel case segments joined by dots, such as"
        + " klara.applications; got 'Example widgets'"), errors);
  }

  @Test
  void anEndpointWithoutAReturnTagIsACompileErrorOnThatMethod() throws IOException {
    List<String> errors = messages(compile(WIDGETS.replace("   * @return The widget's name\n", "")));
    assertEquals(List.of("retrieve: an endpoint needs javadoc with a description and @return"), errors);
  }

  @Test
  void anUndocumentedParameterIsACompileError() throws IOException {
    List<String> errors = messages(compile(WIDGETS.replace("   * @param id the widget id\n", "")));
    assertEquals(List.of("retrieve: the javadoc has no @param for id"), errors);
  }

  @Test
  void aStaticEndpointIsACompileError() throws IOException {
    List<String> errors = messages(compile(WIDGETS.replace("@Endpoint ApiOperation", "@Endpoint static ApiOperation")));
    assertEquals(List.of("retrieve: an endpoint or sub-service must be a non-private instance method"), errors);
  }

  @Test
  void anEndpointReturningSomethingElseIsACompileError() throws IOException {
    String source = WIDGETS.replace("@Endpoint ApiOperation<String> retrieve(String id) {\n"
        + "    return ApiOperation.builder(HttpMethod.GET, TEXT).path(\"widgets\").pathParam(\"id\", id).build();",
        "@Endpoint String retrieve(String id) {\n    return id;");
    assertEquals(List.of("retrieve: an endpoint returns ApiOperation<T> or PagedOperation<R, T>"),
        messages(compile(source)));
  }

  private List<Diagnostic<? extends JavaFileObject>> compile(String source) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createDirectories(dir.resolve("classes"));
    Path gen = Files.createDirectories(dir.resolve("generated"));
    JavaFileObject file = new SimpleJavaFileObject(
        URI.create("string:///com/example/internal/WidgetEndpoints.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostics,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-s", gen.toString(),
            "-proc:only"),
        null, List.of(file));
    task.setProcessors(List.of(new ServiceProcessor()));
    task.call();
    List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d);
      }
    }
    return errors;
  }

  private static List<String> messages(List<Diagnostic<? extends JavaFileObject>> errors) {
    return errors.stream()
        .map(d -> sourceWordAt(d) + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }

  /** The identifier the diagnostic points at: the method's name for method-level errors. */
  private static String sourceWordAt(Diagnostic<? extends JavaFileObject> d) {
    try {
      String text = d.getSource().getCharContent(true).toString();
      int start = (int) d.getPosition();
      int end = start;
      while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
        end++;
      }
      return text.substring(start, end);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private String generated(String path) throws IOException {
    Path file = dir.resolve("generated").resolve(path);
    try (Stream<Path> all = Files.walk(dir.resolve("generated"))) {
      assertTrue(Files.exists(file), path + " not generated; got " + all.collect(Collectors.toList()));
    }
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
