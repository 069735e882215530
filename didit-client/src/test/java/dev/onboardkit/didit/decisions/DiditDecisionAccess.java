package dev.onboardkit.didit.decisions;

import java.util.List;
import java.util.Optional;

/** Reaches package-private factories of the decisions package for tests. */
public final class DiditDecisionAccess {
  /** @return checks that ran with one item */
  public DiditChecks<String> checks() {
    return DiditChecks.of(Optional.of(List.of("x")));
  }
}
