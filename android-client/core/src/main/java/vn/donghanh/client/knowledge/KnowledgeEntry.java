package vn.donghanh.client.knowledge;

import org.json.JSONObject;
import vn.donghanh.client.model.Json;

/** One published page in the public index (GET /api/v1/public/knowledge). */
public final class KnowledgeEntry {
    public final String slug;
    public final String title;
    /** One or two sentences under the title; null when the page has none. */
    public final String summary;
    /** "vi" or "en": the language this entry is in (Vietnamese when the page has no English). */
    public final String language;

    public KnowledgeEntry(String slug, String title, String summary, String language) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.language = language;
    }

    public static KnowledgeEntry from(JSONObject o) {
        return new KnowledgeEntry(
                Json.string(o, "slug"), Json.string(o, "title"), Json.string(o, "summary"), Json.string(o, "language"));
    }
}
