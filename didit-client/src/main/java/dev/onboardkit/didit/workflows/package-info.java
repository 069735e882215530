/**
 * Verification workflows of the Didit Verification API: an ordered list of features
 * ({@link dev.onboardkit.didit.workflows.DiditWorkflowFeature}) that each session runs.
 */
package dev.onboardkit.didit.workflows;
