/**
 * Applications of a Didit organization: create one per customer, list, retrieve (the documented way to recover a lost
 * API key) and update with {@link dev.onboardkit.didit.applications.DiditApplicationUpdate} (only the fields set are sent).
 */
package dev.onboardkit.didit.applications;
