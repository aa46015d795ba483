package vn.donghanh.app.mentor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.content.Intent;
import android.view.View;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.RadioButton;
import android.widget.TextView;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowToast;
import vn.donghanh.app.R;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;

/** The mentor's list (from the local store offline, with alerts online) and logging a contact offline. */
@RunWith(RobolectricTestRunner.class)
public class MentorScreensTest {
    private final TestPhone phone = new TestPhone()
            .signedInAs(Role.MENTOR, "Trần Thị Bình", null)
            .synced(
                    Fixtures.caseRecord(TestPhone.CASE_ID, "Nguyễn Văn An", "Trần Thị Bình", "2027-05-23"),
                    Fixtures.caseRecord(TestPhone.OTHER_CASE_ID, "Lê Văn Cường", "Trần Thị Bình", "2027-01-10"),
                    Fixtures.checkin("ci-1", TestPhone.CASE_ID, "2026-11-22T19:30:00+07:00", 4, 1));

    @Test
    public void offlineTheMenteesComeFromTheLocalStore() {
        phone.backend.offline(true);
        MentorHomeActivity home =
                Robolectric.buildActivity(MentorHomeActivity.class).setup().get();

        LinearLayout list = home.findViewById(R.id.list);
        assertEquals(2, list.getChildCount());
        assertEquals("Lê Văn Cường", text(list.getChildAt(0), R.id.name));
        assertEquals("Nguyễn Văn An", text(list.getChildAt(1), R.id.name));
        assertEquals("Đang quản lý", text(list.getChildAt(1), R.id.status));
        assertTrue(text(list.getChildAt(1), R.id.last_checkin).startsWith("Báo cáo gần nhất: "));
        assertEquals("Chưa có báo cáo nào", text(list.getChildAt(0), R.id.last_checkin));
        assertEquals(View.VISIBLE, home.findViewById(R.id.offline).getVisibility());
    }

    @Test
    @Config(qualifiers = "en")
    public void onlineAMenteeWithAMissedCheckinComesFirstMarkedOverdue() {
        phone.backend
                .on(
                        "GET",
                        "/api/v1/mentees",
                        200,
                        "[" + mentee(TestPhone.CASE_ID, "Nguyễn Văn An") + ","
                                + mentee(TestPhone.OTHER_CASE_ID, "Lê Văn Cường") + "]")
                .on(
                        "GET",
                        "/api/v1/alerts",
                        200,
                        "{\"items\":[{\"id\":\"alert-1\",\"caseId\":\"" + TestPhone.CASE_ID
                                + "\",\"fullName\":\"Nguyễn Văn An\",\"kind\":\"SELF_CHECKIN\","
                                + "\"overdueSince\":\"2026-11-22T00:00:00+07:00\"}]}");
        MentorHomeActivity home =
                Robolectric.buildActivity(MentorHomeActivity.class).setup().get();

        LinearLayout list = home.findViewById(R.id.list);
        assertEquals("Nguyễn Văn An", text(list.getChildAt(0), R.id.name));
        assertEquals("Overdue: own check-in", text(list.getChildAt(0), R.id.overdue));
        assertEquals("Everything on time", text(list.getChildAt(1), R.id.overdue));
        assertEquals(View.GONE, home.findViewById(R.id.offline).getVisibility());

        list.getChildAt(0).performClick();
        Intent opened = shadowOf(home).getNextStartedActivity();
        assertEquals(MenteeActivity.class.getName(), opened.getComponent().getClassName());
        assertEquals(TestPhone.CASE_ID, opened.getStringExtra("caseId"));
    }

    @Test
    public void aHomeVisitLoggedOfflineIsQueuedInSqliteAndListedAsNotSent() throws Exception {
        phone.backend.offline(true);
        MenteeActivity mentee = Robolectric.buildActivity(
                        MenteeActivity.class,
                        MenteeActivity.intent(
                                phone.app,
                                TestPhone.CASE_ID,
                                "Nguyễn Văn An",
                                "0987654321",
                                TestPhone.PERSON_ACCOUNT_ID))
                .setup()
                .get();
        ((RadioButton) mentee.findViewById(R.id.type_home_visit)).setChecked(true);
        ((EditText) mentee.findViewById(R.id.summary)).setText("Gặp cả gia đình, An đang đi làm phụ hồ.");

        mentee.findViewById(R.id.save_contact).performClick();

        List<OutboxOperation> queued = phone.outboxOnDisk();
        assertEquals(1, queued.size());
        assertEquals(OutboxKind.CONTACT, queued.get(0).kind);
        assertEquals("HOME_VISIT", queued.get(0).bodyJson().getString("type"));
        assertEquals(
                "Gặp cả gia đình, An đang đi làm phụ hồ.",
                queued.get(0).bodyJson().getString("summary"));
        assertEquals("Đã lưu trên máy. Sẽ tự gửi khi có mạng.", ShadowToast.getTextOfLatestToast());
        String firstContact = ((TextView) ((LinearLayout) mentee.findViewById(R.id.contacts)).getChildAt(0))
                .getText()
                .toString();
        assertEquals("Thăm nhà · Chưa gửi\nGặp cả gia đình, An đang đi làm phụ hồ.", firstContact);
    }

    @Test
    public void aContactWithoutASummaryIsNotQueued() {
        phone.backend.offline(true);
        MenteeActivity mentee = Robolectric.buildActivity(
                        MenteeActivity.class,
                        MenteeActivity.intent(phone.app, TestPhone.CASE_ID, "Nguyễn Văn An", null, null))
                .setup()
                .get();
        ((RadioButton) mentee.findViewById(R.id.type_phone_call)).setChecked(true);

        mentee.findViewById(R.id.save_contact).performClick();

        assertEquals("Vui lòng ghi nội dung.", text(mentee.findViewById(android.R.id.content), R.id.form_message));
        assertEquals(0, phone.outboxOnDisk().size());
    }

    private static String mentee(String caseId, String name) {
        return "{\"caseId\":\"" + caseId + "\",\"fullName\":\"" + name + "\",\"status\":\"ACTIVE\","
                + "\"phone\":\"0987654321\",\"plannedEndDate\":\"2027-05-23\",\"personAccountId\":\""
                + TestPhone.PERSON_ACCOUNT_ID + "\"}";
    }

    private static String text(View parent, int id) {
        return ((TextView) parent.findViewById(id)).getText().toString();
    }
}
