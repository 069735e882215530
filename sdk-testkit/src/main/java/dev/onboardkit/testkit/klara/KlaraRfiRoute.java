package dev.onboardkit.testkit.klara;

import static dev.onboardkit.testkit.klara.KlaraJson.error;
import static dev.onboardkit.testkit.klara.KlaraJson.invalidBody;
import static dev.onboardkit.testkit.klara.KlaraJson.missingFields;
import static dev.onboardkit.testkit.klara.KlaraJson.optionalBoolean;
import static dev.onboardkit.testkit.klara.KlaraJson.parseObject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code POST /rfi-requests}: the applicant rules of application creation (without {@code config_id}), an optional
 * UUID {@code agent_id}, and an optional pre-auth code. Called by {@link KlaraRoutes} under the store's lock.
 */
final class KlaraRfiRoute {
  private static final Pattern UUID_TEXT =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private final KlaraStore store;

  KlaraRfiRoute(KlaraStore store) {
    this.store = store;
  }

  FakeResponse create(FakeRequest r) {
    KlaraAuth auth = KlaraAuth.check(store, r, FakeKlaraServer.SCOPE_RFI_CREATE);
    if (auth.error != null) {
      return auth.error;
    }
    JsonNode body = parseObject(r);
    if (body == null) {
      return error(400, "Invalid JSON body");
    }
    KlaraApplicant applicant = new KlaraApplicant(body);
    List<String> required = new ArrayList<>();
    applicant.addMissing(required);
    if (!required.isEmpty()) {
      return missingFields(required);
    }
    ObjectNode details = Json.object();
    boolean preAuth = optionalBoolean(body, "pre_authenticated", details);
    JsonNode agentNode = body.get("agent_id");
    if (agentNode != null && !agentNode.isNull()
        && (!agentNode.isTextual() || !UUID_TEXT.matcher(agentNode.asText()).matches())) {
      details.set("agent_id", Json.array().add("Invalid uuid"));
    }
    if (details.size() > 0) {
      return invalidBody(details);
    }
    if (!applicant.hasValidEmail()) {
      return error(400, "Invalid email address for primary_contact.email");
    }
    String agentId = agentNode == null || agentNode.isNull() ? null : agentNode.asText();
    KlaraRfiRequestSnapshot request = store.createRfiRequest(auth.key, applicant, preAuth, agentId);
    String code = request.preAuthCode().orElse(null);
    String link = KlaraApplicationJson.PORTAL + "/external/" + store.organizationSlug(auth.key.organizationId)
        + "/rfi/" + store.linkCode() + (preAuth ? "?auth_code=" + code : "");
    ObjectNode out = Json.object();
    out.put("success", true);
    out.put("request_id", request.requestId());
    out.put("link", link);
    out.put("expires_at", Json.isoMillis(request.expiresAt()));
    out.put("status", "active");
    ObjectNode p = Json.object();
    p.put("email", applicant.contactEmail);
    p.put("name", applicant.contactName);
    p.put("role", "primary");
    out.set("participants", Json.array().add(p));
    if (preAuth) {
      out.put("pre_auth_code", code);
      out.put("pre_auth_expires_at", Json.isoMillis(request.preAuthExpiresAt().orElseThrow()));
    }
    return FakeResponse.json(201, out);
  }
}
