package dev.onboardkit.didit.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The vendor's operation list: every tool of Didit's MCP server 4.0.0 with the method and path it calls, from the
 * committed fixture {@code didit/mcp-operations.tsv} (see its header and {@code extract_mcp_operations.py}).
 */
public final class McpOperations {
  /** One MCP tool. */
  public static final class Tool {
    /** The tool's name, such as {@code didit_create_user}. */
    public final String name;
    /** {@code verification} or {@code auth}. */
    public final String api;
    /** The HTTP method. */
    public final String method;
    /** The path as written in the server's source, such as {@code /users/{vendorData}/}. */
    public final String path;

    Tool(String name, String api, String method, String path) {
      this.name = name;
      this.api = api;
      this.method = method;
      this.path = path;
    }

    /** The path with each parameter as {@code {}}, as {@link SdkOperations} writes it. */
    public String template() {
      return path.replaceAll("\\{[^}/]+\\}", "{}");
    }

    /** The key the catalog matches on. */
    public String key() {
      return SdkOperations.Operation.key(api, method, template());
    }
  }

  private McpOperations() {}

  /** Reads the fixture, in its order. */
  public static List<Tool> load() throws IOException {
    List<Tool> tools = new ArrayList<>();
    try (InputStream in = McpOperations.class.getResourceAsStream("/didit/mcp-operations.tsv")) {
      if (in == null) {
        throw new IOException("didit/mcp-operations.tsv is not on the test classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 5) {
          throw new IOException("expected 5 tab-separated columns: " + line);
        }
        tools.add(new Tool(f[0], f[1], f[2], f[3]));
      }
    }
    return tools;
  }
}
