package dev.onboardkit.testkit.klara;

import static dev.onboardkit.testkit.klara.KlaraJson.isoMillisOrNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.Json;

/**
 * How the Klara fake shows a stored application: its detail and list-item JSON, its participant, its accepted
 * documents with presigned download URLs, and its portal links. The caller holds the store's lock.
 */
final class KlaraApplicationJson {
  static final String PORTAL = "https://app.klara-ai.com";

  private final KlaraStore store;

  KlaraApplicationJson(KlaraStore store) {
    this.store = store;
  }

  /** The body of {@code GET /applications/{id}}. */
  ObjectNode detail(StoredApplication a) {
    ObjectNode out = Json.object();
    out.put("id", a.id);
    out.put("config_id", a.configId);
    out.put("status", a.status);
    ObjectNode data = Json.object();
    data.set("fields", Json.valueToTree(a.fields));
    data.set("people", Json.valueToTree(a.people));
    data.set("entities", Json.valueToTree(a.entities));
    out.set("data", data);
    out.set("participants", Json.array().add(participant(a)));
    out.set("documents", acceptedDocuments(a));
    out.put("created_at", Json.isoMillis(a.createdAt));
    out.put("submitted_at", isoMillisOrNull(a.submittedAt));
    out.put("completed_at", isoMillisOrNull(a.completedAt));
    return out;
  }

  /** One entry of {@code GET /applications}. */
  ObjectNode listItem(StoredApplication a) {
    ObjectNode item = Json.object();
    item.put("id", a.id);
    item.put("config_id", a.configId);
    item.put("status", a.status);
    item.put("company_name", a.companyName);
    ObjectNode contact = Json.object();
    contact.put("email", a.contactEmail);
    contact.put("name", a.contactName);
    item.set("primary_contact", contact);
    item.set("documents", acceptedDocuments(a));
    item.put("created_at", Json.isoMillis(a.createdAt));
    item.put("submitted_at", isoMillisOrNull(a.submittedAt));
    return item;
  }

  /** The primary participant, identified by the member {@link KlaraParticipantIdentifier} chooses. */
  ObjectNode participant(StoredApplication a) {
    KlaraParticipantIdentifier identifier = store.participantIdentifier();
    ObjectNode p = Json.object();
    p.put("id", a.participantId);
    p.put(identifier.field(), identifier == KlaraParticipantIdentifier.ACCESS_TOKEN ? "at_" + a.linkSlug : a.linkSlug);
    p.put("email", a.contactEmail);
    p.put("role", "primary");
    return p;
  }

  /** The portal link that logs the participant in with the current pre-auth code. */
  String preAuthLink(StoredApplication a) {
    return PORTAL + "/external/" + store.organizationSlug(a.organizationId) + "/apply/" + a.linkSlug + "?auth_code="
        + a.preAuthCode;
  }

  /** The portal link without a pre-auth code. */
  String link(StoredApplication a) {
    return PORTAL + "/external/" + store.organizationSlug(a.organizationId) + "/application/" + a.linkCode;
  }

  /** A presigned download URL valid for {@code seconds} from now on the fake clock. */
  String downloadUrl(StoredApplication a, StoredDocument d, int seconds) {
    long issued = store.clock.instant().getEpochSecond();
    return "https://klara-documents.s3.eu-west-2.amazonaws.com/" + a.organizationId + "/" + a.id + "/" + d.id
        + "?X-Amz-Expires=" + seconds + "&X-Amz-Date=" + issued + "&X-Amz-Signature=fake";
  }

  private ArrayNode acceptedDocuments(StoredApplication a) {
    ArrayNode docs = Json.array();
    for (StoredDocument d : a.documents) {
      if (d.status.equals("accepted")) {
        ObjectNode doc = Json.object();
        doc.put("id", d.id);
        doc.put("field_id", d.fieldId);
        doc.put("file_name", d.fileName);
        doc.put("status", d.status);
        doc.put("download_url", downloadUrl(a, d, 60));
        docs.add(doc);
      }
    }
    return docs;
  }
}
