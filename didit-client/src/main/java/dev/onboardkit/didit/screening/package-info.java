/**
 * The JSON standalone checks of the Didit Verification API, run without a session: database validation against
 * authoritative sources, AML screening, KYB registry search and select, and email and phone verification with
 * one-time codes. Each check costs credits or sends a message; the SDK never sends one twice once it may have reached
 * the server.
 */
package dev.onboardkit.didit.screening;
