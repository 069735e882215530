/**
 * Custom questionnaires of the Didit Verification API, asked by a workflow's {@code QUESTIONNAIRE} feature. Reached
 * with {@code client.questionnaires()}.
 */
package dev.onboardkit.didit.questionnaires;
