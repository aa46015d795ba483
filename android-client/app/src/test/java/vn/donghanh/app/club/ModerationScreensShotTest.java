package vn.donghanh.app.club;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.content.Intent;
import android.os.Looper;
import android.view.View;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import vn.donghanh.app.R;
import vn.donghanh.app.mentor.MentorHomeActivity;
import vn.donghanh.app.testing.Screenshots;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

/**
 * A mentor moderating a club (issue 17), at 360x640 dp in Vietnamese and English, font scale 1.0 and 1.3 (PNGs in
 * target/screenshots): the home's "Câu lạc bộ" button, the clubs they moderate, one club's reported posts above its
 * board, a hide without a reason and the server's refusal under the field.
 */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "vi-rVN-w360dp-h640dp-xhdpi")
public class ModerationScreensShotTest {
    private static final String[][] LOOKS = {{"vi", "1.0"}, {"vi", "1.3"}, {"en", "1.0"}, {"en", "1.3"}};
    static final String MODERATED =
            "[" + ClubScreensShotTest.CLUB.replace("\"moderator\":false", "\"moderator\":true") + "}]";
    static final String DRINKS =
            "{\"id\":\"p1\",\"memberId\":\"m2\",\"alias\":\"Sơn Ca\",\"text\":\"Tối nay anh em ra quán"
                    + " ở chợ Túc Duyên làm vài chén nhé, mình bao.\",\"postedAt\":\"2026-11-22T12:00:00Z\",\"yours\":false,"
                    + "\"hidden\":false,\"reportCount\":1,\"reports\":[{\"reason\":\"Rủ đi nhậu, không hợp với mục đích của câu lạc"
                    + " bộ\",\"reportedAt\":\"2026-11-22T13:00:00Z\"}]}";
    static final String OLD_HIDDEN =
            "{\"id\":\"p0\",\"memberId\":\"m3\",\"alias\":\"Chim Sẻ\",\"text\":\"Bán điện thoại cũ"
                    + " giá rẻ, ai cần nhắn mình.\",\"postedAt\":\"2026-11-21T02:00:00Z\",\"yours\":false,\"hidden\":true,"
                    + "\"hiddenReason\":\"Quảng cáo bán hàng\",\"reportCount\":2,\"reports\":[{\"reason\":\"Quảng cáo\","
                    + "\"reportedAt\":\"2026-11-21T03:00:00Z\"},{\"reason\":\"Không liên quan\",\"reportedAt\":\"2026-11-21T04:00:00Z\"}]}";
    static final String PLAIN =
            "{\"id\":\"p2\",\"memberId\":\"m1\",\"alias\":\"Hoa Ban\",\"text\":\"Tuần này mình đi làm đủ"
                    + " 6 ngày ở xưởng mộc. Cảm ơn cả nhóm đã động viên!\",\"postedAt\":\"2026-11-23T00:30:00Z\",\"yours\":false,"
                    + "\"hidden\":false,\"reportCount\":0,\"reports\":[]}";
    static final String REPORTED = "{\"items\":[" + DRINKS + "," + OLD_HIDDEN + "]}";
    static final String BOARD = "{\"items\":[" + PLAIN + "," + DRINKS + "," + OLD_HIDDEN + "]}";

    private final TestPhone phone = new TestPhone().signedInAs(Role.MENTOR, "Trần Thị Bình", null);

    private interface Shot {
        void take(String lang, String scale);
    }

    private static void inEveryLook(Shot shot) {
        for (String[] look : LOOKS) {
            Screenshots.usePhone(look[0], look[1]);
            shot.take(look[0], look[1]);
        }
    }

    @Test
    public void theMentorsHomeOpensTheClubsTheyModerate() {
        phone.backend
                .offline(false)
                .on("GET", "/api/v1/mentees", 200, "[]")
                .on("GET", "/api/v1/alerts", 200, "{\"items\":[]}")
                .on("GET", "/api/v1/clubs", 200, MODERATED);
        inEveryLook((lang, scale) -> {
            MentorHomeActivity home =
                    Robolectric.buildActivity(MentorHomeActivity.class).setup().get();
            Screenshots.capture(home, "mentor-home-clubs-" + lang + "-" + scale);
            Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.clubs), "the clubs button");
            home.findViewById(R.id.clubs).performClick();
            Intent next = shadowOf(home).getNextStartedActivity();
            assertEquals(
                    ModeratedClubsActivity.class.getName(), next.getComponent().getClassName());

            ModeratedClubsActivity clubs = Robolectric.buildActivity(ModeratedClubsActivity.class, next)
                    .setup()
                    .get();
            Screenshots.capture(clubs, "moderated-clubs-" + lang + "-" + scale);
            View row = ((LinearLayout) clubs.findViewById(R.id.list)).getChildAt(0);
            assertTrue(((TextView) row.findViewById(R.id.name))
                    .getText()
                    .toString()
                    .contains("Vượt lên chính mình"));
            row.findViewById(R.id.open).performClick();
            Intent open = shadowOf(clubs).getNextStartedActivity();
            assertEquals("c1", open.getStringExtra(ClubModerationActivity.CLUB_ID));
        });
    }

    @Test
    public void reportedPostsFirstThenTheBoardAndAHideNeedsAReason() {
        phone.backend
                .offline(false)
                .on("GET", "/api/v1/clubs/c1/posts?reported=true", 200, REPORTED)
                .on("GET", "/api/v1/clubs/c1/posts", 200, BOARD)
                .on(
                        "POST",
                        "/api/v1/clubs/c1/posts/p1/hide",
                        409,
                        "{\"type\":\"https://donghanh.vn/problems/post-hidden\",\"title\":\"Conflict\",\"status\":409,"
                                + "\"detail\":\"bài viết đã được ẩn rồi\"}");
        inEveryLook((lang, scale) -> {
            Intent open = new Intent(RuntimeEnvironment.getApplication(), ClubModerationActivity.class)
                    .putExtra(ClubModerationActivity.CLUB_ID, "c1")
                    .putExtra(ClubModerationActivity.CLUB_NAME, "Câu lạc bộ đồng đẳng \"Vượt lên chính mình\"");
            ClubModerationActivity a = Robolectric.buildActivity(ClubModerationActivity.class, open)
                    .setup()
                    .get();
            String name = "club-moderation-" + lang + "-" + scale;
            Screenshots.capture(a, name);
            LinearLayout reported = a.findViewById(R.id.reported);
            assertEquals(2, reported.getChildCount());
            View first = reported.getChildAt(0);
            assertEquals(
                    "Sơn Ca",
                    ((TextView) first.findViewById(R.id.alias)).getText().toString());
            assertTrue(((TextView) first.findViewById(R.id.reasons))
                    .getText()
                    .toString()
                    .contains("Rủ đi nhậu"));
            assertEquals(View.VISIBLE, first.findViewById(R.id.hide_part).getVisibility());
            assertEquals(
                    "hidden already: no form",
                    View.GONE,
                    reported.getChildAt(1).findViewById(R.id.hide_part).getVisibility());
            Screenshots.assertOnFirstScreen(a, first.findViewById(R.id.hide), "the first reported post's hide button");
            assertEquals(3, ((LinearLayout) a.findViewById(R.id.board)).getChildCount());

            String hide = "/api/v1/clubs/c1/posts/p1/hide";
            int sentBefore = phone.backend.requests("POST", hide).size();
            first.findViewById(R.id.hide).performClick();
            shadowOf(Looper.getMainLooper()).idle();
            TextView why = first.findViewById(R.id.reason_problem);
            assertEquals(
                    a.getString(R.string.moderation_reason_required),
                    why.getText().toString());
            assertEquals(
                    "nothing sent",
                    sentBefore,
                    phone.backend.requests("POST", hide).size());
            Screenshots.capture(a, name + "-no-reason");

            ((EditText) first.findViewById(R.id.reason)).setText("Rủ uống rượu");
            first.findViewById(R.id.hide).performClick();
            shadowOf(Looper.getMainLooper()).idle();
            View again = ((LinearLayout) a.findViewById(R.id.reported)).getChildAt(0);
            assertEquals(
                    "bài viết đã được ẩn rồi",
                    ((TextView) again.findViewById(R.id.reason_problem))
                            .getText()
                            .toString());
            String sent = phone.backend.requests("POST", hide).get(sentBefore).body;
            assertTrue(sent, sent.contains("\"reason\":\"Rủ uống rượu\""));
            Screenshots.capture(a, name + "-refused");
        });
    }
}
