package vn.donghanh.client.presenter.club;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Club;
import vn.donghanh.client.model.ClubPost;
import vn.donghanh.client.presenter.ErrorKind;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;
import vn.donghanh.client.time.Rfc3339;

/** A mentor moderating a club on the JVM: their clubs, the reported posts first, hiding one with a reason. */
class ModerationPresenterTest {
    static final String MODERATED =
            "[{\"id\":\"c1\",\"organisationId\":\"o1\",\"organisationName\":\"Đoàn Thanh niên\","
                    + "\"communeIds\":[\"u1\"],\"name\":\"Câu lạc bộ \\\"Vượt lên chính mình\\\"\",\"startsAt\":\"2026-11-19T19:00:00\","
                    + "\"durationMinutes\":90,\"timeZone\":\"Asia/Ho_Chi_Minh\",\"memberCount\":2,\"moderator\":true}]";
    static final String DRINKS =
            "{\"id\":\"p1\",\"memberId\":\"m2\",\"alias\":\"Sơn Ca\",\"text\":\"Tối nay ra quán làm vài"
                    + " chén nhé.\",\"postedAt\":\"2026-11-20T02:00:00Z\",\"yours\":false,\"hidden\":%s,\"hiddenReason\":%s,"
                    + "\"reportCount\":1,\"reports\":[{\"reason\":\"Rủ đi nhậu\",\"reportedAt\":\"2026-11-20T03:00:00Z\"}]}";
    static final String OLD = "{\"id\":\"p0\",\"memberId\":\"m2\",\"alias\":\"Sơn Ca\",\"text\":\"Cũ\","
            + "\"postedAt\":\"2026-11-19T02:00:00Z\",\"yours\":false,\"hidden\":true,\"hiddenReason\":\"Quảng cáo\","
            + "\"reportCount\":2,\"reports\":[{\"reason\":\"A\",\"reportedAt\":\"2026-11-19T03:00:00Z\"},"
            + "{\"reason\":\"B\",\"reportedAt\":\"2026-11-19T04:00:00Z\"}]}";
    static final String SHOWN = String.format(DRINKS, "false", "null");
    static final String HIDDEN = String.format(DRINKS, "true", "\"Rủ uống rượu\"");

    private final ManualClock clock = new ManualClock(Rfc3339.parse("2026-11-20T10:00:00+07:00"));

    static final class Screen implements ModeratedClubsView, ModerationView {
        final List<String> events = new ArrayList<>();
        List<Club> clubs;
        List<ClubPost> reported;
        List<ClubPost> board;

        @Override
        public void showLoading(boolean loading) {}

        @Override
        public void showError(ErrorKind error) {
            events.add("error " + error);
        }

        @Override
        public void showClubs(List<Club> clubs) {
            this.clubs = clubs;
        }

        @Override
        public void showPosts(List<ClubPost> reported, List<ClubPost> board) {
            this.reported = reported;
            this.board = board;
        }

        @Override
        public void showReasonProblem(String postId, String serverWords) {
            events.add("reason " + postId + " " + serverWords);
        }

        @Override
        public void showHidden(String postId) {
            events.add("hidden " + postId);
        }
    }

    @Test
    void aMentorSeesTheClubsTheyModerate() {
        ScriptedServer server = new ScriptedServer().on("GET /api/v1/clubs", 200, MODERATED);
        Screen screen = new Screen();
        new ModeratedClubsPresenter(screen, Fixtures.personClient(server, clock)).start();
        assertEquals(1, screen.clubs.size());
        assertTrue(screen.clubs.get(0).moderator);
        assertEquals("Câu lạc bộ \"Vượt lên chính mình\"", screen.clubs.get(0).name);
    }

    @Test
    void reportedPostsComeFirstAndHidingNeedsAReason() {
        ScriptedServer server = new ScriptedServer()
                .on("GET /api/v1/clubs/c1/posts?reported=true", 200, "{\"items\":[" + OLD + "," + SHOWN + "]}")
                .on("GET /api/v1/clubs/c1/posts?limit", 200, "{\"items\":[" + SHOWN + "," + OLD + "]}")
                .on(
                        "POST /api/v1/clubs/c1/posts/p1/hide",
                        400,
                        "{\"type\":\"https://donghanh.vn/problems/validation\",\"title\":\"Bad Request\","
                                + "\"status\":400,\"detail\":\"reason: không được dài quá 500 ký tự\"}")
                .on("POST /api/v1/clubs/c1/posts/p1/hide", 200, HIDDEN)
                .on("GET /api/v1/clubs/c1/posts?reported=true", 200, "{\"items\":[" + OLD + "," + HIDDEN + "]}")
                .on("GET /api/v1/clubs/c1/posts?limit", 200, "{\"items\":[" + HIDDEN + "," + OLD + "]}");
        DongHanhClient client = Fixtures.personClient(server, clock);
        Screen screen = new Screen();
        ModerationPresenter moderation = new ModerationPresenter(screen, client, "c1");
        moderation.start();
        assertEquals(Arrays.asList("p1", "p0"), ids(screen.reported), "the one members still see comes first");
        ClubPost waiting = screen.reported.get(0);
        assertFalse(waiting.hidden);
        assertEquals(Arrays.asList("Rủ đi nhậu"), waiting.reportReasons);
        assertEquals(Arrays.asList("A", "B"), screen.reported.get(1).reportReasons);
        assertEquals("Quảng cáo", screen.reported.get(1).hiddenReason);
        assertEquals(2, screen.board.size());

        moderation.hide("p1", "   ");
        assertEquals(Arrays.asList("reason p1 null"), screen.events, "required, checked on the phone");
        assertTrue(server.requestsTo("/hide").isEmpty());

        moderation.hide("p1", "x");
        assertEquals(
                "reason p1 không được dài quá 500 ký tự", screen.events.get(1), "the server's words, by the field");

        moderation.hide("p1", "  Rủ uống rượu ");
        assertEquals("hidden p1", screen.events.get(2));
        assertEquals(
                "Rủ uống rượu",
                new JSONObject(server.requestsTo("/hide").get(1).body).getString("reason"),
                "Vietnamese as typed, trimmed");
        assertTrue(screen.reported.get(1).hidden);
        assertEquals("Rủ uống rượu", screen.board.get(0).hiddenReason);
        assertEquals(3, screen.events.size(), "no error: " + screen.events);
    }

    private static List<String> ids(List<ClubPost> posts) {
        List<String> out = new ArrayList<>();
        for (ClubPost p : posts) {
            out.add(p.id);
        }
        return out;
    }
}
