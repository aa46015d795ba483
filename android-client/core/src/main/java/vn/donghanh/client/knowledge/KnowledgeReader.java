package vn.donghanh.client.knowledge;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.List;
import vn.donghanh.client.api.ApiClient;
import vn.donghanh.client.api.ApiException;
import vn.donghanh.client.model.Json;

/**
 * The public knowledge pages, read without an account (issue 17): anyone holding the app can learn
 * about the management period, their rights and where to find help before signing in, or without
 * ever having an account. The language is the phone's ({@code Accept-Language}, as every call).
 * Blocking; call from a background thread.
 */
public final class KnowledgeReader {
    static final String INDEX = "/api/v1/public/knowledge";

    private final ApiClient api;

    public KnowledgeReader(ApiClient api) {
        this.api = api;
    }

    /** The published pages, in the order the admins gave them. */
    public List<KnowledgeEntry> index() throws IOException, ApiException {
        return Json.list(api.publicGet(INDEX).optJSONArray("items"), KnowledgeEntry::from);
    }

    /** One page; a page taken down meanwhile is an ApiException with status 404. */
    public KnowledgeArticle page(String slug) throws IOException, ApiException {
        return KnowledgeArticle.from(api.publicGet(INDEX + "/" + encode(slug)));
    }

    private static String encode(String slug) {
        try {
            return URLEncoder.encode(slug, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
