package vn.donghanh.training;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson's plain text made into safe HTML: every character that means something in HTML is escaped
 * (an author's "<script>" shows as text), blank lines separate paragraphs, and lines starting with
 * "- " make a list. Nothing else is interpreted, so no link or script can come from a lesson.
 */
final class LessonMarkup {
    private LessonMarkup() {}

    static String html(String text) {
        StringBuilder out = new StringBuilder();
        for (String block : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            List<String> items = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                String l = line.strip();
                if (l.startsWith("- ")) {
                    items.add(l.substring(2).strip());
                } else if (!l.isEmpty()) {
                    lines.add(l);
                }
            }
            if (!lines.isEmpty()) {
                out.append("<p>").append(escape(String.join(" ", lines))).append("</p>");
            }
            if (!items.isEmpty()) {
                out.append("<ul>");
                items.forEach(i -> out.append("<li>").append(escape(i)).append("</li>"));
                out.append("</ul>");
            }
        }
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
