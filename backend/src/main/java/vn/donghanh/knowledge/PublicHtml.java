package vn.donghanh.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The frame of every public page, written by hand rather than by the console's templates: a few
 * kilobytes of plain HTML with one small inline stylesheet, no script, no web font, no image, so a
 * cheap phone's browser shows it at once, with JavaScript off, at 320 px. The stylesheet is allowed
 * by its hash in the Content-Security-Policy, so nothing else inline could run or style the page.
 */
final class PublicHtml {
    static final String CSS = "body{margin:0;font:1.0625rem/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,"
            + "sans-serif;color:#1b1b1b;background:#fff;overflow-wrap:anywhere}"
            + "header,main,footer{max-width:40rem;margin:0 auto;padding:0 1rem}"
            + "header{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;padding-top:.75rem;"
            + "padding-bottom:.75rem;border-bottom:3px solid #0b6e4f}"
            + "header a{color:#0b6e4f;font-weight:700;text-decoration:none}"
            + "h1{font-size:1.5rem;line-height:1.25;margin:1rem 0 .5rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}"
            + "h3{font-size:1.05rem}a{color:#0645ad}.lead{color:#333}.muted{color:#555;font-size:.95rem}"
            + "ul.pages{list-style:none;padding:0}ul.pages li{border-bottom:1px solid #ddd;padding:.7rem 0}"
            + "ul.pages a{font-weight:600;font-size:1.1rem}"
            + ".box{border:1px solid #ccc;border-radius:.5rem;padding:.6rem .8rem;margin:.6rem 0}"
            + ".urgent{background:#fff4e5;border-left:4px solid #b35900;padding:.5rem .8rem;margin:1rem 0}"
            + "nav{margin:1rem 0}nav a{display:inline-block;margin:0 1rem .5rem 0}"
            + "label{display:block;font-weight:600}select,button{font:inherit;padding:.45rem;max-width:100%}"
            + "button{background:#0b6e4f;color:#fff;border:0;border-radius:.3rem;padding:.45rem 1rem}"
            + "footer{margin-top:2rem;padding-top:1rem;padding-bottom:2rem;border-top:1px solid #ddd;color:#444;"
            + "font-size:.95rem}";

    /** Nothing but this page's own stylesheet, links and GET forms to this server. */
    static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private PublicHtml() {}

    /** A whole page: {@code main} is already escaped HTML. */
    static String page(PublicWords words, String title, String main, String otherLanguageHref) {
        String other = words.get("lang.other.code");
        return "<!DOCTYPE html>\n<html lang=\"" + words.language() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · " + esc(words.get("site.name")) + "</title>"
                + "<style>" + CSS + "</style></head><body>\n"
                + "<header><a href=\"" + esc(PublicPaths.index(words.language())) + "\">"
                + esc(words.get("site.name")) + " · " + esc(words.get("site.section")) + "</a>"
                + "<a href=\"" + esc(otherLanguageHref) + "\" hreflang=\"" + other + "\" lang=\"" + other + "\">"
                + esc(words.get("lang.other")) + "</a></header>\n"
                + "<main id=\"main\">\n" + main + "\n</main>\n"
                + "<footer><p>" + esc(words.get("footer.app")) + "</p><p>" + esc(words.get("footer.private"))
                + "</p></footer>\n</body></html>\n";
    }

    /** The emergency numbers and the app's help button, on every page a person in trouble may land on. */
    static String urgent(PublicWords words) {
        return "<aside class=\"urgent\"><strong>" + esc(words.get("emergency.title")) + ".</strong> "
                + esc(words.get("emergency.text")) + "</aside>";
    }

    static String nav(PublicWords words) {
        return "<nav><a href=\"" + esc(PublicPaths.index(words.language())) + "\">" + esc(words.get("nav.all"))
                + "</a><a href=\"" + esc(PublicPaths.help(words.language(), null)) + "\">"
                + esc(words.get("nav.help")) + "</a></nav>";
    }

    /** Text for an element's content or an attribute's value in double quotes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
