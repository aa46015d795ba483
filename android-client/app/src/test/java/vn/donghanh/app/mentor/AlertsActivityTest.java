package vn.donghanh.app.mentor;

import static org.junit.Assert.assertEquals;
import static org.robolectric.Shadows.shadowOf;

import android.content.Intent;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import vn.donghanh.app.R;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

@RunWith(RobolectricTestRunner.class)
public class AlertsActivityTest {
    private final TestPhone phone = new TestPhone()
            .signedInAs(Role.MENTOR, "Trần Thị Bình", null)
            .synced(
                    Fixtures.caseRecord(TestPhone.CASE_ID, "Nguyễn Văn An", "Trần Thị Bình", "2027-05-23"),
                    Fixtures.caseRecord(TestPhone.OTHER_CASE_ID, "Lê Văn Cường", "Trần Thị Bình", "2027-01-10"),
                    MentorFixtures.helpRequest(
                            MentorFixtures.HELP_ID,
                            TestPhone.CASE_ID,
                            "CRAVING",
                            "Bạn cũ rủ đi chơi",
                            "2026-11-23T07:55:00+07:00"));

    @Test
    public void aHelpRequestIsNamedWithItsReasonAndAgeBeforeAMissedCheckin() {
        phone.backend.on("GET", "/api/v1/alerts", 200, MentorFixtures.alerts());

        AlertsActivity screen =
                Robolectric.buildActivity(AlertsActivity.class).setup().get();

        LinearLayout list = screen.findViewById(R.id.list);
        assertEquals(2, list.getChildCount());
        View help = list.getChildAt(0);
        assertEquals("Nguyễn Văn An", text(help, R.id.name));
        assertEquals("Cần giúp đỡ · 5 phút trước", text(help, R.id.headline));
        assertEquals("Lý do: đang rất thèm\n“Bạn cũ rủ đi chơi”", text(help, R.id.reason));
        View overdue = list.getChildAt(1);
        assertEquals("Lê Văn Cường", text(overdue, R.id.name));
        assertEquals("Quá hạn 3 ngày: tự báo cáo", text(overdue, R.id.headline));

        help.performClick();
        Intent opened = shadowOf(screen).getNextStartedActivity();
        assertEquals(MenteeActivity.class.getName(), opened.getComponent().getClassName());
        assertEquals(TestPhone.CASE_ID, opened.getStringExtra("caseId"));
        assertEquals("Nguyễn Văn An", opened.getStringExtra("name"));
    }

    @Test
    public void offlineWithoutACopyTheOverdueListIsSaidToBeUnknown() {
        phone.backend.offline(true);

        AlertsActivity screen =
                Robolectric.buildActivity(AlertsActivity.class).setup().get();

        LinearLayout list = screen.findViewById(R.id.list);
        assertEquals(1, list.getChildCount());
        assertEquals(
                "Không có mạng. Máy chưa đồng bộ lần nào.\nDanh sách quá hạn chưa tải được lần nào: chưa rõ ai quá hạn.",
                ((TextView) screen.findViewById(R.id.overdue_as_of)).getText().toString());
    }

    private static String text(View parent, int id) {
        return ((TextView) parent.findViewById(id)).getText().toString();
    }
}
