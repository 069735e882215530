package dev.onboardkit.examples;

import dev.onboardkit.core.internal.log.Redactor;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The readable report the examples print: what was called and what came back. Links are printed with any secret
 * query value (such as a pre-auth code) masked; secrets themselves are never printed.
 */
public final class Report {
  private final PrintStream out;
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  /**
   * Creates a report printing to {@code out}.
   *
   * @param out where lines go
   */
  public Report(PrintStream out) {
    this.out = out;
  }

  /**
   * Starts an example's section.
   *
   * @param title the example's title
   */
  public void section(String title) {
    print("");
    print("== " + title);
  }

  /**
   * Records a call and what came back.
   *
   * @param call the call, such as {@code POST /applications}
   * @param result what came back
   */
  public void call(String call, String result) {
    print("  " + call + " -> " + result);
  }

  /**
   * Records a note.
   *
   * @param text the note
   */
  public void note(String text) {
    print("  " + text);
  }

  /**
   * Masks secret query values in a link before it is printed.
   *
   * @param link the link
   * @return the printable link
   */
  public static String link(Object link) {
    return Redactor.defaults().url(String.valueOf(link));
  }

  /**
   * Returns every line printed so far.
   *
   * @return the lines
   */
  public List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  private void print(String line) {
    lines.add(line);
    out.println(line);
  }
}
