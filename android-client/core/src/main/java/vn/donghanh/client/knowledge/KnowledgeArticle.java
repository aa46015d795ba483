package vn.donghanh.client.knowledge;

import org.json.JSONObject;
import vn.donghanh.client.model.Json;

/**
 * One published page (GET /api/v1/public/knowledge/{slug}). {@code html} is the server's safe
 * rendering of the page's Markdown (paragraphs, headings, lists, emphasis, links; raw HTML arrives
 * escaped), for the app's {@code Html.fromHtml}.
 */
public final class KnowledgeArticle {
    public final String slug;
    public final String title;
    public final String summary;
    public final String language;
    public final String html;
    public final Long updatedAtMillis;

    public KnowledgeArticle(
            String slug, String title, String summary, String language, String html, Long updatedAtMillis) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.language = language;
        this.html = html;
        this.updatedAtMillis = updatedAtMillis;
    }

    public static KnowledgeArticle from(JSONObject o) {
        return new KnowledgeArticle(
                Json.string(o, "slug"),
                Json.string(o, "title"),
                Json.string(o, "summary"),
                Json.string(o, "language"),
                Json.string(o, "html"),
                Json.instant(o, "updatedAt"));
    }
}
