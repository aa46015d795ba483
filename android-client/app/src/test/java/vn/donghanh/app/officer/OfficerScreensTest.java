package vn.donghanh.app.officer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import vn.donghanh.app.R;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;

/** The officer's overdue list and commune summary from the API, office presence recorded offline. */
@RunWith(RobolectricTestRunner.class)
public class OfficerScreensTest {
    private final TestPhone phone = new TestPhone().signedInAs(Role.OFFICER, "Phạm Văn Dũng", null);

    private void serveOverdueAndSummary() {
        phone.backend
                .on(
                        "GET",
                        "/api/v1/overdue",
                        200,
                        "{\"items\":[{\"caseId\":\"" + TestPhone.CASE_ID
                                + "\",\"fullName\":\"Nguyễn Văn An\",\"kind\":\"OFFICE_PRESENCE\","
                                + "\"overdueSince\":\"2026-11-21T08:00:00+07:00\",\"overdueHours\":48}]}")
                .on(
                        "GET",
                        "/api/v1/reports/commune-summary",
                        200,
                        "{\"communes\":[{\"adminUnitId\":\"unit-tan-thinh\","
                                + "\"name\":\"Phường Tân Thịnh\",\"byStatus\":{\"ACTIVE\":12,\"SUSPENDED\":1},"
                                + "\"activeWithMentor\":9,\"mentorCoveragePercent\":75,\"compliancePercentThisMonth\":83,"
                                + "\"overdueCases\":2}]}");
    }

    @Test
    public void showsTheOverdueListAndTheCommuneSummaryInVietnamese() {
        serveOverdueAndSummary();
        OfficerHomeActivity home =
                Robolectric.buildActivity(OfficerHomeActivity.class).setup().get();

        LinearLayout overdue = home.findViewById(R.id.overdue);
        assertEquals(1, overdue.getChildCount());
        assertEquals(
                "Nguyễn Văn An · quá hạn 48 giờ\ncó mặt tại trụ sở", text(overdue.getChildAt(0), R.id.overdue_text));
        assertEquals(
                List.of(
                        "Phường Tân Thịnh",
                        "Số hồ sơ: Đang quản lý 12, Tạm dừng 1",
                        "Tuân thủ tháng này: 83%",
                        "Có người giúp đỡ: 75%",
                        "Đang quá hạn: 2"),
                lines(home.findViewById(R.id.summary)));
    }

    @Test
    @Config(qualifiers = "en")
    public void showsTheSummaryInEnglish() {
        serveOverdueAndSummary();
        OfficerHomeActivity home =
                Robolectric.buildActivity(OfficerHomeActivity.class).setup().get();

        assertEquals(
                List.of(
                        "Phường Tân Thịnh",
                        "Cases: Active 12, Suspended 1",
                        "Compliant this month: 83%",
                        "With a mentor: 75%",
                        "Overdue now: 2"),
                lines(home.findViewById(R.id.summary)));
    }

    @Test
    public void officePresenceRecordedWithoutNetworkIsQueuedAndCounted() throws Exception {
        serveOverdueAndSummary();
        OfficerHomeActivity home =
                Robolectric.buildActivity(OfficerHomeActivity.class).setup().get();
        phone.backend.offline(true);

        ((LinearLayout) home.findViewById(R.id.overdue))
                .getChildAt(0)
                .findViewById(R.id.record_presence)
                .performClick();

        List<OutboxOperation> queued = phone.outboxOnDisk();
        assertEquals(1, queued.size());
        assertEquals(OutboxKind.OFFICE_PRESENCE, queued.get(0).kind);
        assertEquals("OFFICE_PRESENCE", queued.get(0).bodyJson().getString("kind"));
    }

    @Test
    public void tappingAnOverdueCaseOpensItsTimeline() {
        serveOverdueAndSummary();
        phone.backend.on(
                "GET",
                "/api/v1/cases/" + TestPhone.CASE_ID + "/timeline",
                200,
                "[{\"id\":\"t1\","
                        + "\"type\":\"STATUS_CHANGE\",\"fromStatus\":\"ACTIVE\",\"toStatus\":\"SUSPENDED\","
                        + "\"reason\":\"Đi chữa bệnh\",\"actorName\":\"Phạm Văn Dũng\","
                        + "\"occurredAt\":\"2026-11-20T09:00:00+07:00\"}]");
        OfficerHomeActivity home =
                Robolectric.buildActivity(OfficerHomeActivity.class).setup().get();

        ((LinearLayout) home.findViewById(R.id.overdue))
                .getChildAt(0)
                .findViewById(R.id.overdue_text)
                .performClick();
        CaseTimelineActivity timeline = Robolectric.buildActivity(
                        CaseTimelineActivity.class, shadowOf(home).getNextStartedActivity())
                .setup()
                .get();

        String entry = lines(timeline.findViewById(R.id.list)).get(0);
        assertTrue(entry, entry.endsWith(" · Đang quản lý → Tạm dừng · Phạm Văn Dũng\nĐi chữa bệnh"));
    }

    private static String text(View parent, int id) {
        return ((TextView) parent.findViewById(id)).getText().toString();
    }

    private static List<String> lines(LinearLayout list) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getChildCount(); i++) {
            out.add(((TextView) list.getChildAt(i)).getText().toString());
        }
        return out;
    }
}
