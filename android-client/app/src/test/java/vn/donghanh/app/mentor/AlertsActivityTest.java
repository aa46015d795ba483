package vn.donghanh.app.mentor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.widget.LinearLayout;
import android.widget.TextView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import vn.donghanh.app.R;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.store.StoredRecord;

@RunWith(RobolectricTestRunner.class)
public class AlertsActivityTest {
    private final TestPhone phone = new TestPhone().signedInAs(Role.MENTOR, "Trần Thị Bình", null);

    @Test
    public void aHelpRequestComesBeforeAMissedCheckin() {
        phone.synced(new StoredRecord(
                "NOTIFICATION",
                "n-1",
                TestPhone.CASE_ID,
                "{\"id\":\"n-1\","
                        + "\"kind\":\"HELP_REQUESTED\",\"priority\":\"HIGH\",\"caseId\":\"" + TestPhone.CASE_ID
                        + "\",\"createdAt\":\"2026-11-23T07:40:00+07:00\"}"));
        phone.backend.on(
                "GET",
                "/api/v1/alerts",
                200,
                "{\"items\":[{\"id\":\"alert-1\",\"caseId\":\"" + TestPhone.OTHER_CASE_ID
                        + "\",\"fullName\":\"Lê Văn Cường\",\"kind\":\"SELF_CHECKIN\","
                        + "\"overdueSince\":\"2026-11-22T00:00:00+07:00\"}]}");

        AlertsActivity screen =
                Robolectric.buildActivity(AlertsActivity.class).setup().get();

        LinearLayout list = screen.findViewById(R.id.list);
        assertEquals(2, list.getChildCount());
        assertTrue(row(list, 0).startsWith("Cần giúp đỡ ngay · "));
        assertTrue(row(list, 1).startsWith("Lê Văn Cường\nChưa tự báo cáo từ "));
    }

    private static String row(LinearLayout list, int index) {
        return ((TextView) list.getChildAt(index)).getText().toString();
    }
}
