package vn.donghanh.client.presenter.club;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.http.HttpRequest;
import vn.donghanh.client.model.Club;
import vn.donghanh.client.model.ClubPost;
import vn.donghanh.client.presenter.ErrorKind;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;
import vn.donghanh.client.time.Rfc3339;

/** The person's club screens on the JVM: the list, joining under an alias, the board, posting and reporting. */
class ClubPresentersTest {
    static final String CLUB = "c1";
    static final String CLUB_JSON = "{\"id\":\"c1\",\"organisationId\":\"o1\",\"organisationName\":\"Đoàn Thanh niên\","
            + "\"communeIds\":[\"u1\"],\"name\":\"Câu lạc bộ \\\"Vượt lên chính mình\\\"\",\"startsAt\":\"2026-11-19T19:00:00\","
            + "\"durationMinutes\":90,\"timeZone\":\"Asia/Ho_Chi_Minh\",\"nextMeetingAt\":\"2026-11-26T12:00:00Z\","
            + "\"memberCount\":3,\"moderator\":false";
    static final String NOT_MEMBER = "[" + CLUB_JSON + "}]";
    static final String MEMBER =
            "[" + CLUB_JSON + ",\"you\":{\"memberId\":\"m1\",\"clubId\":\"c1\",\"alias\":\"Hoa Ban\","
                    + "\"showName\":false,\"joinedAt\":\"2026-11-20T03:00:00Z\"}}]";
    static final String POSTS =
            "{\"items\":[{\"id\":\"p2\",\"memberId\":\"m2\",\"alias\":\"Sơn Ca\",\"text\":\"Ai biết lớp học"
                    + " nghề hàn không?\",\"postedAt\":\"2026-11-20T02:00:00Z\",\"yours\":false,\"hidden\":false,\"reportCount\":0,"
                    + "\"reportedByYou\":false}]}";

    private final ManualClock clock = new ManualClock(Rfc3339.parse("2026-11-20T10:00:00+07:00"));

    static final class Screen implements ClubsView, BoardView {
        final List<String> events = new ArrayList<>();
        List<Club> clubs;
        List<ClubPost> posts;

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
        public void showAliasProblem(String clubId, AliasProblem problem) {
            events.add("alias " + problem);
        }

        @Override
        public void showJoined(String clubId) {
            events.add("joined " + clubId);
        }

        @Override
        public void showLeft(String clubId) {
            events.add("left " + clubId);
        }

        @Override
        public void showPosts(List<ClubPost> posts) {
            this.posts = posts;
        }

        @Override
        public void showTextProblem(boolean tooLong) {
            events.add("text tooLong=" + tooLong);
        }

        @Override
        public void showPosted() {
            events.add("posted");
        }

        @Override
        public void showReported(String postId) {
            events.add("reported " + postId);
        }
    }

    private static JSONObject body(HttpRequest r) {
        return new JSONObject(r.body);
    }

    @Test
    void aPersonSeesTheClubsOfTheirCommuneAndJoinsUnderAnAlias() {
        ScriptedServer server = new ScriptedServer()
                .on("GET /api/v1/clubs", 200, NOT_MEMBER)
                .on(
                        "PUT /api/v1/clubs/c1/membership",
                        409,
                        "{\"type\":\"https://donghanh.vn/problems/alias-taken\","
                                + "\"title\":\"Conflict\",\"status\":409}")
                .on("PUT /api/v1/clubs/c1/membership", 200, "{}")
                .on("GET /api/v1/clubs", 200, MEMBER);
        DongHanhClient client = Fixtures.personClient(server, clock);
        Screen screen = new Screen();
        ClubsPresenter clubs = new ClubsPresenter(screen, client);
        clubs.start();
        assertEquals(1, screen.clubs.size());
        Club club = screen.clubs.get(0);
        assertEquals("Câu lạc bộ \"Vượt lên chính mình\"", club.name);
        assertFalse(club.member());
        assertEquals(Long.valueOf(Rfc3339.parse("2026-11-26T19:00:00+07:00")), club.nextMeetingAtMillis);

        clubs.join(CLUB, "A", false);
        clubs.join(CLUB, "Gọi 0912 345 678", false);
        clubs.join(CLUB, "<Hoa>", false);
        assertEquals(
                java.util.Arrays.asList("alias LENGTH", "alias PHONE_NUMBER", "alias CHARACTERS"),
                screen.events,
                "checked on the phone, nothing sent");
        assertTrue(server.requestsTo("/membership").isEmpty());

        clubs.join(CLUB, "  Hoa   Ban ", false);
        assertEquals("alias TAKEN", screen.events.get(3), "the server's 409 becomes a problem with the alias");
        clubs.join(CLUB, "Hoa Bàn", false);
        assertEquals("joined c1", screen.events.get(4));
        JSONObject sent = body(server.requestsTo("/membership").get(1));
        assertEquals("Hoa Bàn", sent.getString("alias"), "Vietnamese as typed");
        assertFalse(sent.getBoolean("showName"));
        assertEquals("Hoa Ban", body(server.requestsTo("/membership").get(0)).getString("alias"), "spaces tidied");
        assertEquals("Hoa Ban", screen.clubs.get(0).myAlias);
    }

    @Test
    void aMemberReadsTheBoardPostsAndReports() {
        ScriptedServer server = new ScriptedServer()
                .on("GET /api/v1/clubs/c1/posts", 200, POSTS)
                .on(
                        "POST /api/v1/clubs/c1/posts",
                        201,
                        "{\"id\":\"p3\",\"memberId\":\"m1\",\"alias\":\"Hoa Ban\","
                                + "\"text\":\"Cảm ơn cả nhóm!\",\"postedAt\":\"2026-11-20T03:00:00Z\",\"yours\":true,"
                                + "\"hidden\":false,\"reportCount\":0}")
                .on("GET /api/v1/clubs/c1/posts", 200, POSTS)
                .on("POST /api/v1/clubs/c1/posts/p2/reports", 200, "{}")
                .on("GET /api/v1/clubs/c1/posts", 200, POSTS);
        DongHanhClient client = Fixtures.personClient(server, clock);
        Screen screen = new Screen();
        BoardPresenter board = new BoardPresenter(screen, client, CLUB);
        board.start();
        assertEquals("Sơn Ca", screen.posts.get(0).alias);
        assertFalse(screen.posts.get(0).yours);

        board.post("   ");
        board.post(new String(new char[1001]).replace('\0', 'x'));
        assertEquals(java.util.Arrays.asList("text tooLong=false", "text tooLong=true"), screen.events);
        board.post("Cảm ơn cả nhóm!");
        assertEquals("posted", screen.events.get(2));
        JSONObject sent = body(server.requestsTo("/posts").get(1));
        assertEquals("Cảm ơn cả nhóm!", sent.getString("text"));
        assertFalse(sent.getString("id").isEmpty(), "a client id makes a resend safe");

        board.report("p2", "Rủ đi nhậu");
        assertEquals("reported p2", screen.events.get(3));
        assertEquals("Rủ đi nhậu", body(server.requestsTo("/reports").get(0)).getString("reason"));
        assertNull(ClubsPresenter.check("Hoa Ban"));
    }
}
