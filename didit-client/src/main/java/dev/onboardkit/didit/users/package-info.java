/**
 * Users of the Didit Verification API: the people an application verifies, grouped by {@code vendor_data} (your
 * identifier for each), with their monitoring status ({@link dev.onboardkit.didit.users.DiditEntityStatus}, shared
 * with businesses) and allowlisted emails and phones. Reached with {@code client.users()}.
 */
package dev.onboardkit.didit.users;
