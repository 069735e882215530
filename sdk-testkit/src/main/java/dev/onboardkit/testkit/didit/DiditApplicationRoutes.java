package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;

/**
 * The organization and application endpoints, for an authenticated user with access already checked by
 * {@link DiditRoutes} (which calls them under the store's lock).
 */
final class DiditApplicationRoutes {
  private final DiditStore store;

  DiditApplicationRoutes(DiditStore store) {
    this.store = store;
  }

  /** {@code GET /organizations/me/}: a bare array of the user's organizations. */
  FakeResponse listOrganizations(StoredAccount user) {
    ArrayNode out = Json.array();
    for (StoredOrganization org : store.organizationsOf(user)) {
      out.add(DiditJson.organization(org));
    }
    return FakeResponse.json(200, out);
  }

  /** {@code GET .../applications/}: a bare array, the default application first. */
  FakeResponse list(StoredOrganization org) {
    ArrayNode out = Json.array();
    for (StoredApp app : store.appsOf(org.uuid)) {
      out.add(DiditJson.app(app));
    }
    return FakeResponse.json(200, out);
  }

  /** {@code POST .../applications/}. */
  FakeResponse create(FakeRequest r, StoredOrganization org) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    DiditApplicationChanges changes = DiditApplicationChanges.read(p.body);
    if (changes.errors.size() > 0) {
      return FakeResponse.json(400, changes.errors);
    }
    StoredApp app = store.createApp(org);
    changes.applyTo(app);
    return FakeResponse.json(201, DiditJson.app(app));
  }

  /** {@code PATCH .../applications/{app}/}: changes only the members sent. */
  FakeResponse update(FakeRequest r, StoredApp app) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    DiditApplicationChanges changes = DiditApplicationChanges.read(p.body);
    if (changes.errors.size() > 0) {
      return FakeResponse.json(400, changes.errors);
    }
    changes.applyTo(app);
    return FakeResponse.json(200, DiditJson.app(app));
  }
}
