package vn.donghanh.console;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * A month-by-month chart drawn on the server as inline SVG (no script, no style attribute: the
 * console's Content-Security-Policy allows neither; colours come from classes in console.css):
 * a bar per month for a count (left axis) and a line for a share in percent (right axis, 0–100).
 * The picture has a {@code <title>} and a {@code <desc>} for screen readers, every bar and point a
 * {@code <title>} with its value; the page puts the same figures in a table under it. Every text is
 * escaped here, so the result can be inserted into the page as it is.
 */
public final class TrendChart {
    static final int WIDTH = 760;
    static final int HEIGHT = 290;
    static final int LEFT = 60;
    static final int RIGHT = 56;
    static final int TOP = 40;
    static final int BOTTOM = 40;
    static final int TICKS = 4;

    /** One month: its label ("01/2026"), the count, the share (null when nothing was expected). */
    public record Point(String label, long count, Integer percent) {}

    /** The chart's words, in the page's language. */
    public record Words(String title, String description, String countName, String percentName) {}

    private TrendChart() {}

    /** The {@code <svg>} element; {@code id} prefixes the ids its title and description get. */
    public static String svg(String id, Words words, List<Point> points, LongFunction<String> number) {
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        long max = points.stream().mapToLong(Point::count).max().orElse(0);
        long step = niceStep(max);
        long top = step * TICKS;
        double slot = points.isEmpty() ? plotW : (double) plotW / points.size();
        double bar = slot * 0.6;
        StringBuilder s = new StringBuilder(4096);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" role=\"img\" focusable=\"false\"")
                .append(" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-labelledby=\"")
                .append(esc(id))
                .append("-title ")
                .append(esc(id))
                .append("-desc\">");
        s.append("<title id=\"")
                .append(esc(id))
                .append("-title\">")
                .append(esc(words.title()))
                .append("</title>");
        s.append("<desc id=\"")
                .append(esc(id))
                .append("-desc\">")
                .append(esc(words.description()))
                .append("</desc>");

        // Legend, above the plot.
        s.append("<g class=\"legend\">");
        s.append("<rect class=\"bar\" x=\"").append(LEFT).append("\" y=\"8\" width=\"14\" height=\"14\"/>");
        text(s, "legend-text", LEFT + 20, 20, "start", words.countName());
        int second = LEFT + 40 + words.countName().length() * 8;
        s.append("<line class=\"line\" x1=\"")
                .append(second)
                .append("\" y1=\"15\" x2=\"")
                .append(second + 22)
                .append("\" y2=\"15\"/>");
        s.append("<circle class=\"dot\" cx=\"").append(second + 11).append("\" cy=\"15\" r=\"4\"/>");
        text(s, "legend-text", second + 28, 20, "start", words.percentName());
        s.append("</g>");

        // Grid and both axes' labels: counts on the left, percent on the right.
        s.append("<g class=\"axis\">");
        for (int i = 0; i <= TICKS; i++) {
            double y = TOP + plotH - (double) plotH * i / TICKS;
            s.append("<line class=\"grid\" x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(LEFT + plotW)
                    .append("\" y1=\"")
                    .append(fmt(y))
                    .append("\" y2=\"")
                    .append(fmt(y))
                    .append("\"/>");
            text(s, "tick", LEFT - 8, y + 4, "end", number.apply(step * i));
            text(s, "tick", LEFT + plotW + 8, y + 4, "start", (100 * i / TICKS) + "%");
        }
        s.append("</g>");

        // Bars, then the line over them.
        s.append("<g class=\"bars\">");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double h = top == 0 ? 0 : (double) plotH * p.count() / top;
            double x = LEFT + slot * i + (slot - bar) / 2;
            s.append("<rect class=\"bar\" x=\"")
                    .append(fmt(x))
                    .append("\" y=\"")
                    .append(fmt(TOP + plotH - h))
                    .append("\" width=\"")
                    .append(fmt(bar))
                    .append("\" height=\"")
                    .append(fmt(h))
                    .append("\"><title>")
                    .append(esc(p.label() + ": " + number.apply(p.count()) + " " + words.countName()))
                    .append("</title></rect>");
            text(s, "month", LEFT + slot * i + slot / 2, TOP + plotH + 18, "middle", p.label());
        }
        s.append("</g>");
        s.append("<g class=\"series\">");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Integer pct = points.get(i).percent();
            if (pct == null) {
                continue; // nothing expected that month: no point, and the line does not pretend there was one
            }
            double x = LEFT + slot * i + slot / 2;
            double y = TOP + plotH - plotH * Math.max(0, Math.min(100, pct)) / 100.0;
            boolean joined = i > 0 && points.get(i - 1).percent() != null;
            path.append(joined ? " L" : " M").append(fmt(x)).append(' ').append(fmt(y));
        }
        if (!path.isEmpty()) {
            s.append("<path class=\"line\" d=\"")
                    .append(path.toString().strip())
                    .append("\"/>");
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.percent() == null) {
                continue;
            }
            double x = LEFT + slot * i + slot / 2;
            double y = TOP + plotH - plotH * Math.max(0, Math.min(100, p.percent())) / 100.0;
            s.append("<circle class=\"dot\" cx=\"")
                    .append(fmt(x))
                    .append("\" cy=\"")
                    .append(fmt(y))
                    .append("\" r=\"4\"><title>")
                    .append(esc(p.label() + ": " + p.percent() + "% " + words.percentName()))
                    .append("</title></circle>");
        }
        s.append("</g></svg>");
        return s.toString();
    }

    /** A round step (1, 2 or 5 times a power of ten) so that {@link #TICKS} steps reach at least {@code max}. */
    static long niceStep(long max) {
        if (max <= TICKS) {
            return 1;
        }
        double raw = (double) max / TICKS;
        long power = 1;
        while (power * 10 <= raw) {
            power *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static void text(StringBuilder s, String cls, double x, double y, String anchor, String words) {
        s.append("<text class=\"")
                .append(cls)
                .append("\" x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(fmt(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\">")
                .append(esc(words))
                .append("</text>");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** XML text and attribute escaping. */
    static String esc(String v) {
        if (v == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(v.length());
        for (char c : v.toCharArray()) {
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
