package dev.onboardkit.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The hostile body fragments {@link HostileResponseGenerator} assembles: documented bodies with values of the wrong
 * type, random JSON, deep nesting, huge strings, HTML error pages and the error shapes both vendors use, filled with
 * nonsense.
 */
final class HostileBodies {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private HostileBodies() {}

  static JsonNode wrongTypes(Random rnd, JsonNode root) {
    List<JsonNode> containers = new ArrayList<>();
    collectContainers(root, containers);
    int changes = 1 + rnd.nextInt(3);
    for (int c = 0; c < changes && !containers.isEmpty(); c++) {
      JsonNode container = containers.get(rnd.nextInt(containers.size()));
      JsonNode replacement = wrongValue(rnd);
      if (container instanceof ObjectNode && container.size() > 0) {
        List<String> names = new ArrayList<>();
        container.fieldNames().forEachRemaining(names::add);
        ((ObjectNode) container).set(names.get(rnd.nextInt(names.size())), replacement);
      } else if (container instanceof ArrayNode && container.size() > 0) {
        ((ArrayNode) container).set(rnd.nextInt(container.size()), replacement);
      }
    }
    return root;
  }

  static void collectContainers(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.elements().forEachRemaining(child -> collectContainers(child, out));
    }
  }

  static JsonNode wrongValue(Random rnd) {
    switch (rnd.nextInt(11)) {
      case 0:
        return NODES.numberNode(rnd.nextLong());
      case 1:
        return NODES.numberNode(new BigInteger(400, rnd));
      case 2:
        return NODES.numberNode(new BigDecimal("1e" + (rnd.nextInt(2000) - 1000)));
      case 3:
        return NODES.textNode(randomText(rnd, rnd.nextInt(64)));
      case 4:
        return NODES.textNode("");
      case 5:
        return NODES.booleanNode(rnd.nextBoolean());
      case 6:
        return NODES.nullNode();
      case 7:
        return NODES.arrayNode().add(1).add("x").addNull();
      case 8:
        return NODES.objectNode().put("unexpected", true);
      case 9:
        return NODES.textNode("not-a-date-or-url \u0000 \u202e");
      default:
        return NODES.textNode("javascript:alert(1)");
    }
  }

  static JsonNode randomJson(Random rnd, int depth) {
    int pick = depth > 5 ? rnd.nextInt(5) : rnd.nextInt(7);
    switch (pick) {
      case 0:
        return NODES.numberNode(rnd.nextInt());
      case 1:
        return NODES.textNode(randomText(rnd, rnd.nextInt(40)));
      case 2:
        return NODES.booleanNode(rnd.nextBoolean());
      case 3:
        return NODES.nullNode();
      case 4:
        return NODES.numberNode(rnd.nextDouble() * 1e12);
      case 5: {
        ArrayNode a = NODES.arrayNode();
        for (int i = rnd.nextInt(6); i > 0; i--) {
          a.add(randomJson(rnd, depth + 1));
        }
        return a;
      }
      default: {
        ObjectNode o = NODES.objectNode();
        String[] names = {"application_id", "link", "participants", "access_token", "uuid", "name", "has_more",
            "applications", "next_cursor", "expires_in", "2fa_required", "temp_token", "error", "detail", "wait", "x"};
        for (int i = rnd.nextInt(6); i > 0; i--) {
          o.set(names[rnd.nextInt(names.length)], randomJson(rnd, depth + 1));
        }
        return o;
      }
    }
  }

  static String randomText(Random rnd, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) (rnd.nextInt(3) == 0 ? rnd.nextInt(0x3000) : 0x20 + rnd.nextInt(0x5f)));
    }
    return sb.toString();
  }

  static String deep(Random rnd, int depth, String documented) {
    StringBuilder sb = new StringBuilder(depth * 8);
    boolean objects = rnd.nextBoolean();
    boolean closed = rnd.nextInt(4) != 0;
    for (int i = 0; i < depth; i++) {
      sb.append(objects ? "{\"a\":" : "[");
    }
    sb.append("1");
    if (closed) {
      for (int i = 0; i < depth; i++) {
        sb.append(objects ? "}" : "]");
      }
    }
    if (rnd.nextBoolean() && documented.startsWith("{") && closed) {
      // the nesting inside an otherwise documented body
      return "{\"nested\":" + sb + "," + documented.substring(1);
    }
    return sb.toString();
  }

  static String hugeString(Random rnd, int size, String documented) {
    String huge = "A".repeat(size - 32) + randomText(rnd, 8).replace("\"", "").replace("\\", "");
    if (documented.startsWith("{")) {
      // replace the first string value of the documented body with the huge one
      int colonQuote = documented.indexOf(":\"");
      if (colonQuote > 0) {
        int end = documented.indexOf('"', colonQuote + 2);
        return documented.substring(0, colonQuote + 2) + huge + documented.substring(end);
      }
    }
    return "{\"error\":\"" + huge + "\",\"detail\":\"" + huge.substring(0, 1000) + "\"}";
  }

  static String htmlPage(Random rnd, int status) {
    String[] pages = {
        "<!DOCTYPE html><html><head><title>" + status + " Bad Gateway</title></head><body><h1>nginx</h1></body></html>",
        "<html><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr>cloudflare</body></html>",
        "<html><head><title>" + "T".repeat(rnd.nextInt(5000)) + "</title>",
        "<HTML><HEAD><TITLE>Error</TITLE></HEAD><BODY>" + "<div>".repeat(rnd.nextInt(3000)) + "</BODY></HTML>",
        "<title></title><script>alert('x')</script>"};
    return pages[rnd.nextInt(pages.length)];
  }

  static JsonNode errorShape(Random rnd) {
    switch (rnd.nextInt(8)) {
      case 0: {
        ObjectNode o = NODES.objectNode().put("error", "Missing required fields");
        o.set("required", rnd.nextBoolean() ? NODES.arrayNode().add("config_id").add(NODES.objectNode())
            : NODES.textNode("not a list"));
        return o;
      }
      case 1: {
        ObjectNode o = NODES.objectNode().put("error", "Invalid request body");
        o.set("details", randomJson(rnd, 0));
        return o;
      }
      case 2: {
        ObjectNode o = NODES.objectNode();
        o.set("detail", rnd.nextBoolean() ? NODES.textNode("Request was throttled. Expected available in "
            + rnd.nextInt(1_000_000_000) + " seconds.") : randomJson(rnd, 0));
        o.set("wait", wrongValue(rnd));
        return o;
      }
      case 3:
        return NODES.arrayNode().add("Invalid OTP token.").add(randomJson(rnd, 0));
      case 4: {
        ObjectNode o = NODES.objectNode();
        o.set("redirect_uris", NODES.objectNode().set("0", NODES.arrayNode().add("Enter a valid URL.")));
        o.set("website_url", randomJson(rnd, 3));
        return o;
      }
      case 5:
        return NODES.objectNode().put("error", "unauthorized").put("message", randomText(rnd, 500));
      case 6: {
        ObjectNode o = NODES.objectNode();
        o.set("error", NODES.objectNode().put("code", rnd.nextInt()).put("message", "nested"));
        return o;
      }
      default:
        return NODES.textNode(randomText(rnd, 100));
    }
  }
}
