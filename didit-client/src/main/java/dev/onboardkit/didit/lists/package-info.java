/**
 * Blocklists, allowlists and custom lists of the Didit Verification API ({@code client.lists()}): list, create,
 * rename and delete lists ({@link dev.onboardkit.didit.lists.DiditList}), and list, add and remove their entries
 * ({@link dev.onboardkit.didit.lists.DiditListEntry}), including a face uploaded as an image
 * ({@link dev.onboardkit.didit.lists.DiditFaceEntryUpload}). Didit creates one system blocklist per entry type; a value
 * on one declines matching sessions and blocks matching transactions.
 */
package dev.onboardkit.didit.lists;
