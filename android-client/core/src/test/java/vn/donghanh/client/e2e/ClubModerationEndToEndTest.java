package vn.donghanh.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.donghanh.client.api.ClubApi;
import vn.donghanh.client.model.Club;
import vn.donghanh.client.model.ClubPost;
import vn.donghanh.client.presenter.ErrorKind;
import vn.donghanh.client.presenter.club.ModeratedClubsPresenter;
import vn.donghanh.client.presenter.club.ModeratedClubsView;
import vn.donghanh.client.presenter.club.ModerationPresenter;
import vn.donghanh.client.presenter.club.ModerationView;

/**
 * Issue 17's mentor moderation against the real backend with the demo data: the Youth Union mentor of Tân Thịnh
 * finds the reported post (the invitation to drink) at the top of their club, hides it with a reason, and the demo
 * person, a member, no longer sees it on the board.
 */
@ExtendWith(Backend.class)
class ClubModerationEndToEndTest {
    static final class Screen implements ModeratedClubsView, ModerationView {
        final List<String> events = new ArrayList<>();
        List<Club> clubs;
        List<ClubPost> reported;
        List<ClubPost> board;
        String words;

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
            events.add("reason " + (serverWords == null ? "required" : "refused"));
            words = serverWords;
        }

        @Override
        public void showHidden(String postId) {
            events.add("hidden");
        }
    }

    @Test
    void theMentorHidesTheReportedPostAndTheMemberNoLongerSeesIt() throws Exception {
        Phone mentor = EndToEndTest.staff("demo.mentor.youth");
        Screen screen = new Screen();
        new ModeratedClubsPresenter(screen, mentor.client).start();
        Club club = null;
        for (Club c : screen.clubs) {
            club = c.name.contains("Vượt lên chính mình") ? c : club;
        }
        assertNotNull(club, "the mentor moderates the demo club: " + screen.clubs);
        assertTrue(club.moderator);

        ModerationPresenter moderation = new ModerationPresenter(screen, mentor.client, club.id);
        moderation.start();
        ClubPost drinks = screen.reported.get(0);
        assertTrue(drinks.text.contains("làm vài chén"), drinks.text);
        assertFalse(drinks.hidden);
        assertTrue(drinks.reportReasons.get(0).startsWith("Rủ đi nhậu"), "the member's reason reaches the mentor");

        ClubApi personClubs = new ClubApi(EndToEndTest.person().client.api().client());
        assertTrue(ids(personClubs.posts(club.id)).contains(drinks.id), "the member sees it before");

        moderation.hide(drinks.id, " ");
        assertEquals("reason required", screen.events.get(0));
        moderation.hide(drinks.id, "Rủ uống rượu, không hợp mục đích câu lạc bộ");
        assertEquals("hidden", screen.events.get(1), "" + screen.events);
        ClubPost hidden = screen.reported.get(0);
        assertEquals(drinks.id, hidden.id);
        assertTrue(hidden.hidden);
        assertEquals("Rủ uống rượu, không hợp mục đích câu lạc bộ", hidden.hiddenReason, "Vietnamese round-trips");

        moderation.hide(drinks.id, "lần nữa");
        assertEquals("reason refused", screen.events.get(2), "hidden already: the server's 409, by the field");
        assertNotNull(screen.words);

        List<String> seen = ids(personClubs.posts(club.id));
        assertFalse(seen.contains(drinks.id), "the member no longer sees it");
        assertEquals(2, seen.size(), "the other posts stay");
        assertNull(screen.events.stream()
                .filter(e -> e.startsWith("error"))
                .findFirst()
                .orElse(null));
    }

    private static List<String> ids(List<ClubPost> posts) {
        List<String> out = new ArrayList<>();
        for (ClubPost p : posts) {
            out.add(p.id);
        }
        return out;
    }
}
