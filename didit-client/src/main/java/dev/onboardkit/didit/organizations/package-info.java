/**
 * Organizations the signed-in Didit user belongs to: {@link dev.onboardkit.didit.organizations.DiditOrganizationService}
 * ({@code GET /organizations/me/}).
 */
package dev.onboardkit.didit.organizations;
