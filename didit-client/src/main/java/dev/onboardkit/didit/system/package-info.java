/** The Didit Verification API's system endpoints: the unauthenticated health check. */
package dev.onboardkit.didit.system;
