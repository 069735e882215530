package dev.onboardkit.didit.decisions;

import dev.onboardkit.core.Nullable;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The items of one check array of a decision, such as {@code id_verifications}, and whether the check has produced
 * data yet. Didit sends each array as {@code null} until the workflow has run that feature at least once; both
 * {@code null} and {@code []} give no {@link #items()}, and {@link #hasRun()} tells them apart.
 *
 * <pre>{@code
 * DiditChecks<DiditAmlScreening> aml = decision.amlScreenings();
 * if (!aml.hasRun()) { ... }          // not yet run, or not part of the workflow
 * for (DiditAmlScreening screening : aml) { ... }
 * }</pre>
 *
 * @param <T> the check item type
 */
public final class DiditChecks<T> implements Iterable<T> {
  private static final DiditChecks<Object> NOT_RUN = new DiditChecks<>(List.of(), false);

  private final List<T> items;
  private final boolean hasRun;

  private DiditChecks(List<T> items, boolean hasRun) {
    this.items = items;
    this.hasRun = hasRun;
  }

  /**
   * Returns the checks of an array as decoded: absent or null means not yet run.
   *
   * @param items the decoded array
   * @param <T> the item type
   * @return the checks
   */
  static <T> DiditChecks<T> of(@Nullable Optional<List<T>> items) {
    if (items == null || items.isEmpty()) {
      @SuppressWarnings("unchecked")
      DiditChecks<T> notRun = (DiditChecks<T>) NOT_RUN;
      return notRun;
    }
    return new DiditChecks<>(List.copyOf(items.get()), true);
  }

  /**
   * Returns the items, in the order sent (one per run of the feature in the workflow).
   *
   * @return the items; empty when the check has not run or produced none
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns whether Didit reported this check: true when it sent an array (even an empty one), false when it sent
   * {@code null} or nothing, which means the feature has not run yet or is not part of the workflow.
   *
   * @return true once the check has produced data
   */
  public boolean hasRun() {
    return hasRun;
  }

  /**
   * Returns whether there are no items.
   *
   * @return true when {@link #items()} is empty
   */
  public boolean isEmpty() {
    return items.isEmpty();
  }

  /**
   * Returns the first item, the usual case of a workflow that runs the feature once.
   *
   * @return the first item, if any
   */
  public Optional<T> first() {
    return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
  }

  @Override
  public Iterator<T> iterator() {
    return items.iterator();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditChecks && hasRun == ((DiditChecks<?>) o).hasRun && items.equals(((DiditChecks<?>) o).items);
  }

  @Override
  public int hashCode() {
    return items.hashCode() * 31 + (hasRun ? 1 : 0);
  }

  @Override
  public String toString() {
    return hasRun ? items.toString() : "not run";
  }
}
