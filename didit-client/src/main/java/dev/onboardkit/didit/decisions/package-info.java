/**
 * The decision of a verification session ({@link dev.onboardkit.didit.decisions.DiditDecision}): its status and one
 * typed array per feature the workflow ran (ID verification, NFC, liveness, face match, phone, email, proof of address,
 * Document AI, questionnaires, AML, IP analysis, database validation, and the KYB registry, key-people and document
 * checks). Each array is null on the wire until its feature has run; see
 * {@link dev.onboardkit.didit.decisions.DiditChecks}.
 */
package dev.onboardkit.didit.decisions;
