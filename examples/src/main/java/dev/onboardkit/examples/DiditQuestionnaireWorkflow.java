package dev.onboardkit.examples;

import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.questionnaires.DiditCreateQuestionnaireRequest;
import dev.onboardkit.didit.questionnaires.DiditQuestionnaire;
import dev.onboardkit.didit.questionnaires.DiditQuestionnaireUpdate;
import dev.onboardkit.didit.workflows.DiditCreateWorkflowRequest;
import dev.onboardkit.didit.workflows.DiditWorkflow;
import dev.onboardkit.didit.workflows.DiditWorkflowFeature;
import dev.onboardkit.didit.workflows.DiditWorkflowNode;
import java.util.List;
import java.util.Map;

/**
 * Example 11, Didit questionnaires: create a source-of-funds questionnaire, run it in a workflow after the document
 * check, rename it, and delete the workflow and the questionnaire again.
 */
public final class DiditQuestionnaireWorkflow implements Example {
  @Override
  public String title() {
    return "14. Didit questionnaires: create, use in a workflow, update, delete";
  }

  @Override
  public void run(ExampleContext ctx) {
    if (ctx.realDidit() && !ctx.realDiditVerification()) {
      ctx.report().note("the Auth API is real but DIDIT_API_KEY is not set: skipped");
      return;
    }
    try (DiditClient didit = DiditUserOperations.verificationClient(ctx)) {
      // [readme:didit-questionnaire]
      DiditQuestionnaire questionnaire = didit.questionnaires().create(DiditCreateQuestionnaireRequest.builder()
          .title("Source of funds")
          .description("Two questions about where your money comes from")
          .questions(List.of(
              Map.of("type", "single_choice", "text", "Where do your funds come from?",
                  "options", List.of("Salary", "Savings", "Investments", "Other")),
              Map.of("type", "text", "text", "Please describe the other source")))
          .build());
      DiditWorkflow workflow = didit.workflows().create(DiditCreateWorkflowRequest.builder()
          .workflowLabel("KYC with source of funds")
          .features(DiditWorkflowNode.of(DiditWorkflowFeature.OCR),
              DiditWorkflowNode.of(DiditWorkflowFeature.QUESTIONNAIRE,
                  Map.of("questionnaire_uuid", questionnaire.uuid().orElseThrow())))
          .build());
      // [/readme]
      ctx.report().call("POST /questionnaires/", "questionnaire \"" + questionnaire.title().orElseThrow() + "\" with "
          + questionnaire.questions().size() + " questions");
      ctx.report().call("POST /workflows/", "workflow " + workflow.id() + " with " + workflow.features());

      String id = questionnaire.uuid().orElseThrow();
      DiditQuestionnaire renamed = didit.questionnaires().update(id, DiditQuestionnaireUpdate.builder()
          .title("Source of funds (2026)").build());
      ctx.report().call("PATCH /questionnaires/" + id + "/", "now \"" + renamed.title().orElseThrow() + "\", "
          + didit.questionnaires().list().items().size() + " questionnaire(s) in the application");

      didit.workflows().delete(workflow.id());
      didit.questionnaires().delete(id);
      ctx.report().call("DELETE /questionnaires/" + id + "/", "deleted, with its workflow");
    }
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new DiditQuestionnaireWorkflow());
  }
}
