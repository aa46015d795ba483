package vn.donghanh.knowledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public pages' addresses ("kiến thức": knowledge; "nơi hỗ trợ": where to find help), each with its language. */
public final class PublicPaths {
    public static final String INDEX = "/kien-thuc";
    /** Reserved: no knowledge page may take this slug. */
    public static final String HELP_SLUG = "noi-ho-tro";

    public static final String HELP = INDEX + "/" + HELP_SLUG;

    private PublicPaths() {}

    static String index(String language) {
        return INDEX + "?lang=" + language;
    }

    static String page(String slug, String language) {
        return INDEX + "/" + slug + "?lang=" + language;
    }

    static String help(String language, String provinceId) {
        return HELP + "?lang=" + language
                + (provinceId == null ? "" : "&tinh=" + URLEncoder.encode(provinceId, StandardCharsets.UTF_8));
    }
}
