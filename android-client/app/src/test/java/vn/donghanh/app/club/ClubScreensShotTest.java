package vn.donghanh.app.club;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
import vn.donghanh.app.testing.Screenshots;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

/**
 * The person's club screens (issue 17), rendered at 360x640 dp in Vietnamese and English at font scale 1.0 and 1.3
 * (PNGs in target/screenshots): the clubs of the commune with the join form, a refused alias next to its field,
 * the member's card, the board by alias with its report button.
 */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "vi-rVN-w360dp-h640dp-xhdpi")
public class ClubScreensShotTest {
    private static final String[][] LOOKS = {
        {"vi", "vi-rVN-w360dp-h640dp-xhdpi", "1.0"},
        {"vi", "vi-rVN-w360dp-h640dp-xhdpi", "1.3"},
        {"en", "en-rUS-w360dp-h640dp-xhdpi", "1.0"},
        {"en", "en-rUS-w360dp-h640dp-xhdpi", "1.3"},
    };
    static final String CLUB = "{\"id\":\"c1\",\"organisationId\":\"o1\",\"organisationName\":\"Đoàn Thanh niên phường"
            + " Tân Thịnh\",\"communeIds\":[\"u1\"],\"name\":\"Câu lạc bộ đồng đẳng \\\"Vượt lên chính mình\\\"\","
            + "\"description\":\"Sinh hoạt hằng tuần tại Nhà văn hóa tổ 5: chia sẻ kinh nghiệm, cùng nhau tìm việc làm.\","
            + "\"startsAt\":\"2026-11-19T19:00:00\",\"durationMinutes\":90,\"timeZone\":\"Asia/Ho_Chi_Minh\","
            + "\"nextMeetingAt\":\"2026-11-26T12:00:00Z\",\"memberCount\":2,\"moderator\":false";
    static final String NOT_MEMBER = "[" + CLUB + "}]";
    static final String MEMBER = "[" + CLUB + ",\"you\":{\"memberId\":\"m1\",\"clubId\":\"c1\",\"alias\":\"Hoa Ban\","
            + "\"showName\":false,\"joinedAt\":\"2026-11-20T03:00:00Z\"}}]";
    static final String POSTS = "{\"items\":["
            + "{\"id\":\"p3\",\"memberId\":\"m1\",\"alias\":\"Hoa Ban\",\"text\":\"Tuần này mình đi làm đủ 6 ngày ở xưởng mộc."
            + " Cảm ơn cả nhóm đã động viên!\",\"postedAt\":\"2026-11-23T00:30:00Z\",\"yours\":true,\"hidden\":false,"
            + "\"reportCount\":0,\"reportedByYou\":false},"
            + "{\"id\":\"p2\",\"memberId\":\"m2\",\"alias\":\"Sơn Ca\",\"text\":\"Có ai biết lớp học nghề hàn nào gần phường"
            + " mình không?\",\"postedAt\":\"2026-11-22T13:00:00Z\",\"yours\":false,\"hidden\":false,\"reportCount\":0,"
            + "\"reportedByYou\":false},"
            + "{\"id\":\"p1\",\"memberId\":\"m2\",\"alias\":\"Sơn Ca\",\"text\":\"Tối nay anh em ra quán làm vài chén nhé.\","
            + "\"postedAt\":\"2026-11-22T12:00:00Z\",\"yours\":false,\"hidden\":false,\"reportCount\":1,"
            + "\"reportedByYou\":true}]}";

    private final TestPhone phone = new TestPhone().signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);

    private interface Shot {
        void take(String lang, String scale);
    }

    private static void inEveryLook(Shot shot) {
        for (String[] look : LOOKS) {
            RuntimeEnvironment.setQualifiers(look[1]);
            RuntimeEnvironment.setFontScale(Float.parseFloat(look[2]));
            shot.take(look[0], look[2]);
        }
    }

    @Test
    public void theClubsOfTheCommuneWithTheJoinFormAndARefusedAlias() {
        phone.backend.offline(false).on("GET", "/api/v1/clubs", 200, NOT_MEMBER);
        inEveryLook((lang, scale) -> {
            ClubsActivity a =
                    Robolectric.buildActivity(ClubsActivity.class).setup().get();
            String name = "clubs-join-" + lang + "-" + scale;
            Screenshots.capture(a, name);
            LinearLayout list = a.findViewById(R.id.list);
            View row = list.getChildAt(0);
            assertTrue(((TextView) row.findViewById(R.id.name))
                    .getText()
                    .toString()
                    .contains("Vượt lên chính mình"));
            ((EditText) row.findViewById(R.id.alias)).setText("0912345678");
            row.findViewById(R.id.join).performClick();
            shadowOf(Looper.getMainLooper()).idle();
            TextView why = row.findViewById(R.id.alias_problem);
            assertEquals(View.VISIBLE, why.getVisibility());
            assertEquals(a.getString(R.string.club_alias_phone), why.getText().toString());
            assertTrue(
                    "nothing sent",
                    phone.backend.requests("PUT", "/api/v1/clubs").isEmpty());
            Screenshots.capture(a, name + "-refused");
        });
    }

    @Test
    public void aMembersCardAndTheBoardByAlias() {
        phone.backend
                .offline(false)
                .on("GET", "/api/v1/clubs", 200, MEMBER)
                .on("GET", "/api/v1/clubs/c1/posts", 200, POSTS);
        inEveryLook((lang, scale) -> {
            ClubsActivity clubs =
                    Robolectric.buildActivity(ClubsActivity.class).setup().get();
            Screenshots.capture(clubs, "clubs-member-" + lang + "-" + scale);
            View row = ((LinearLayout) clubs.findViewById(R.id.list)).getChildAt(0);
            assertEquals(View.GONE, row.findViewById(R.id.join_part).getVisibility());
            assertTrue(((TextView) row.findViewById(R.id.you_are))
                    .getText()
                    .toString()
                    .contains("Hoa Ban"));

            Intent open = new Intent(RuntimeEnvironment.getApplication(), ClubBoardActivity.class)
                    .putExtra(ClubBoardActivity.CLUB_ID, "c1");
            ClubBoardActivity board = Robolectric.buildActivity(ClubBoardActivity.class, open)
                    .setup()
                    .get();
            Screenshots.capture(board, "club-board-" + lang + "-" + scale);
            LinearLayout posts = board.findViewById(R.id.list);
            assertEquals(3, posts.getChildCount());
            assertEquals(
                    "not one's own",
                    View.GONE,
                    posts.getChildAt(0).findViewById(R.id.report).getVisibility());
            assertTrue(posts.getChildAt(1).findViewById(R.id.report).isEnabled());
            assertFalse(
                    "reported already",
                    posts.getChildAt(2).findViewById(R.id.report).isEnabled());
        });
    }
}
