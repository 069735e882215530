package dev.onboardkit.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The readable report the examples print: what was called and what came back. Links are printed with every query
 * value masked (a pre-auth link carries its code there, a download link its signature); secrets themselves are never
 * printed.
 */
public final class Report {
  private static final Pattern QUERY_VALUE = Pattern.compile("([?&][^=&#]*=)[^&#]*");

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
   * Masks every query value in a link before it is printed.
   *
   * @param link the link
   * @return the printable link, such as {@code https://example.test/link?auth_code=[REDACTED]}
   */
  public static String link(Object link) {
    return QUERY_VALUE.matcher(String.valueOf(link)).replaceAll("$1[REDACTED]");
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
