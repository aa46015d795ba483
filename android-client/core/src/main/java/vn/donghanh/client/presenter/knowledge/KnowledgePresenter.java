package vn.donghanh.client.presenter.knowledge;

import java.util.List;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.knowledge.KnowledgeArticle;
import vn.donghanh.client.knowledge.KnowledgeEntry;
import vn.donghanh.client.knowledge.KnowledgeReader;
import vn.donghanh.client.presenter.Presenter;

/**
 * The reader of the public knowledge pages, before or without signing in: {@link #start} lists the
 * pages, {@link #open} shows one, {@link #back} returns to the list (from memory, without the
 * network). Errors go to {@code showError} as everywhere: OFFLINE without a network, NOT_FOUND for
 * a page taken down meanwhile.
 */
public final class KnowledgePresenter extends Presenter<KnowledgeView> {
    private final KnowledgeReader reader;
    private List<KnowledgeEntry> index;
    private String openSlug;

    public KnowledgePresenter(KnowledgeView view, DongHanhClient client) {
        super(view, client);
        this.reader = new KnowledgeReader(client.api().client());
    }

    /** Shows the page that was open (after a rotation or a return to the screen), else the list. */
    public void start() {
        if (openSlug != null) {
            open(openSlug);
        } else {
            load(reader::index, (view, entries) -> {
                index = entries;
                view.showIndex(entries);
            });
        }
    }

    public void open(final String slug) {
        openSlug = slug;
        load(() -> reader.page(slug), (view, article) -> view.showArticle(article));
    }

    /** True when it went back to the list; false when the list was showing already (leave the screen). */
    public boolean back() {
        if (openSlug == null) {
            return false;
        }
        openSlug = null;
        if (index != null && view() != null) {
            view().showIndex(index);
        } else {
            start();
        }
        return true;
    }

    /** The slug of the page being read, or null on the list: for the screen to keep across a restart. */
    public String openSlug() {
        return openSlug;
    }

    /** Restores the page being read before the screen was recreated. */
    public void restore(String slug) {
        openSlug = slug;
    }

    /** What {@link KnowledgeArticle#html}'s links to the server's own pages ("/kien-thuc/...") point at. */
    public static String absoluteLinks(String html, String baseUrl) {
        if (html == null) {
            return "";
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return html.replace("href=\"/", "href=\"" + base + "/");
    }
}
