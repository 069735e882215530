/**
 * Account bootstrap and sign-in: {@link dev.onboardkit.didit.account.DiditAccountService} registers an account, verifies
 * its email (which creates the organization and the default application), resends the code, logs in and completes
 * two-factor authentication. None of these calls needs an access token.
 */
package dev.onboardkit.didit.account;
