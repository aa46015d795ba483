package vn.donghanh.client.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.knowledge.KnowledgeArticle;
import vn.donghanh.client.knowledge.KnowledgeEntry;
import vn.donghanh.client.presenter.knowledge.KnowledgePresenter;
import vn.donghanh.client.presenter.knowledge.KnowledgeView;
import vn.donghanh.client.store.InMemoryOutboxStore;
import vn.donghanh.client.store.InMemorySessionStore;
import vn.donghanh.client.store.InMemorySyncStore;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;

/** "Tìm hiểu" before anyone signs in: the list, a page, back to the list; offline and a page taken down. */
class KnowledgePresenterTest {
    static final String INDEX = "{\"language\":\"vi\",\"items\":["
            + "{\"slug\":\"quan-ly-sau-cai\",\"title\":\"Thời gian quản lý sau cai nghiện\","
            + "\"summary\":\"Kéo dài bao lâu.\",\"language\":\"vi\",\"updatedAt\":\"2026-12-01T02:00:00.123456Z\"},"
            + "{\"slug\":\"khi-can-giup-do\",\"title\":\"Khi bạn cần giúp đỡ\",\"language\":\"vi\","
            + "\"updatedAt\":\"2026-12-01T02:00:00Z\"}]}";
    static final String PAGE = "{\"slug\":\"quan-ly-sau-cai\",\"title\":\"Thời gian quản lý sau cai nghiện\","
            + "\"language\":\"vi\",\"html\":\"<p>Một năm.</p>\\n<p><a href=\\\"/kien-thuc/noi-ho-tro\\\">Nơi hỗ trợ</a></p>\","
            + "\"updatedAt\":\"2026-12-01T02:00:00.123456Z\"}";

    static final class FakeView implements KnowledgeView {
        final List<String> events = new ArrayList<>();
        KnowledgeArticle article;

        @Override
        public void showLoading(boolean loading) {}

        @Override
        public void showError(ErrorKind error) {
            events.add("error " + error);
        }

        @Override
        public void showIndex(List<KnowledgeEntry> entries) {
            StringBuilder s = new StringBuilder("index");
            for (KnowledgeEntry e : entries) {
                s.append(" ").append(e.slug);
            }
            events.add(s.toString());
        }

        @Override
        public void showArticle(KnowledgeArticle article) {
            this.article = article;
            events.add("article " + article.slug);
        }
    }

    private final ScriptedServer server = new ScriptedServer();
    private final DongHanhClient client = DongHanhClient.builder("http://server")
            .transport(server)
            .clock(new ManualClock(1_000_000))
            .sessionStore(new InMemorySessionStore())
            .outboxStore(new InMemoryOutboxStore())
            .syncStore(new InMemorySyncStore())
            .build();
    private final FakeView view = new FakeView();
    private final KnowledgePresenter presenter = new KnowledgePresenter(view, client);

    @Test
    void readsTheListAndAPageWithoutAnAccountAndGoesBackWithoutTheNetwork() {
        server.on("GET /api/v1/public/knowledge", 200, INDEX);
        server.on("GET /api/v1/public/knowledge/quan-ly-sau-cai", 200, PAGE);
        assertNull(client.auth().current(), "nobody signed in");

        presenter.start();
        presenter.open("quan-ly-sau-cai");
        assertEquals("Thời gian quản lý sau cai nghiện", view.article.title);
        assertEquals(1_796_090_400_123L, view.article.updatedAtMillis);
        assertTrue(presenter.back(), "back to the list");
        assertFalse(presenter.back(), "the list was showing: leave the screen");

        assertEquals(
                List.of(
                        "index quan-ly-sau-cai khi-can-giup-do",
                        "article quan-ly-sau-cai",
                        "index quan-ly-sau-cai khi-can-giup-do"),
                view.events);
        assertEquals(2, server.requests.size(), "the list came back from memory");
        assertNull(server.requests.get(0).headers.get("Authorization"), "no token is sent");
        assertEquals("application/json", server.requests.get(0).headers.get("Accept"));
    }

    @Test
    void offlineAndAPageTakenDownAreSaidAsSuch() {
        server.on("GET /api/v1/public/knowledge", new IOException("no network"));
        presenter.start();
        server.on(
                "GET /api/v1/public/knowledge/da-go",
                404,
                "{\"type\":\"https://donghanh.vn/problems/not-found\",\"title\":\"Không tìm thấy\",\"status\":404}");
        presenter.open("da-go");
        assertEquals(List.of("error OFFLINE", "error NOT_FOUND"), view.events);
    }

    @Test
    void linksToTheServersOwnPagesOpenOnTheServer() {
        assertEquals(
                "<a href=\"https://donghanh.example.vn/kien-thuc/noi-ho-tro\">x</a> <a href=\"https://vi.wikipedia.org\">y</a>",
                KnowledgePresenter.absoluteLinks(
                        "<a href=\"/kien-thuc/noi-ho-tro\">x</a> <a href=\"https://vi.wikipedia.org\">y</a>",
                        "https://donghanh.example.vn/"));
    }
}
