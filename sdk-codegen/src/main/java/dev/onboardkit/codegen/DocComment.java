package dev.onboardkit.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A javadoc comment split into its main description and the block tags the generator rewrites. */
final class DocComment {
  final String main;
  final Map<String, String> params = new LinkedHashMap<>();
  String returns = "";
  final List<String[]> throwsTags = new ArrayList<>();

  private DocComment(String main) {
    this.main = main;
  }

  /** Parses the text {@code Elements.getDocComment} returns; null gives an empty comment. */
  static DocComment parse(String text) {
    if (text == null) {
      return new DocComment("");
    }
    StringBuilder main = new StringBuilder();
    List<StringBuilder> tags = new ArrayList<>();
    for (String rawLine : text.split("\n", -1)) {
      String line = rawLine.startsWith(" ") ? rawLine.substring(1) : rawLine;
      if (line.startsWith("@")) {
        tags.add(new StringBuilder(line));
      } else if (!tags.isEmpty()) {
        tags.get(tags.size() - 1).append('\n').append(line);
      } else {
        main.append(line).append('\n');
      }
    }
    DocComment doc = new DocComment(main.toString().strip());
    for (StringBuilder tag : tags) {
      String t = tag.toString().strip();
      String[] parts = t.split("\\s+", 3);
      switch (parts[0]) {
        case "@param":
          doc.params.put(parts[1], parts.length > 2 ? parts[2] : "");
          break;
        case "@return":
          doc.returns = t.substring("@return".length()).strip();
          break;
        case "@throws":
        case "@exception":
          doc.throwsTags.add(new String[] {parts[1], parts.length > 2 ? parts[2] : ""});
          break;
        default:
          throw new IllegalArgumentException("unsupported javadoc tag in an endpoint definition: " + parts[0]);
      }
    }
    return doc;
  }

  /** The return description with its first letter lower-cased, to follow "a future of" and similar. */
  String returnsAsPhrase() {
    String r = returns;
    if (r.startsWith("the ") || r.startsWith("a ") || r.startsWith("an ") || r.isEmpty()) {
      return r;
    }
    return Character.toLowerCase(r.charAt(0)) + r.substring(1);
  }
}
