package vn.donghanh.app.mentor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.AlertDialog;
import android.content.Intent;
import android.os.Looper;
import android.view.View;
import android.widget.CheckBox;
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
import vn.donghanh.app.messages.MessagesActivity;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.http.HttpRequest;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.time.Rfc3339;

/** The mentor's list (offline truth, alerts count), the mentee page (Call, Message, I'm on it), contacts, referrals. */
@RunWith(RobolectricTestRunner.class)
public class MentorScreensTest {
    private final TestPhone phone = new TestPhone()
            .signedInAs(Role.MENTOR, "Trần Thị Bình", null)
            .synced(
                    Fixtures.caseRecord(TestPhone.CASE_ID, "Nguyễn Văn An", "Trần Thị Bình", "2027-05-23"),
                    Fixtures.caseRecord(TestPhone.OTHER_CASE_ID, "Lê Văn Cường", "Trần Thị Bình", "2027-01-10"),
                    Fixtures.checkin("ci-1", TestPhone.CASE_ID, "2026-11-22T19:30:00+07:00", 4, 1));

    @Test
    public void offlineWithNothingReadBeforeTheStateIsUnknownNotAllOnTime() {
        phone.backend.offline(true);
        MentorHomeActivity home =
                Robolectric.buildActivity(MentorHomeActivity.class).setup().get();

        LinearLayout list = home.findViewById(R.id.list);
        assertEquals(2, list.getChildCount());
        assertEquals("Lê Văn Cường", text(list.getChildAt(0), R.id.name));
        assertEquals("Nguyễn Văn An", text(list.getChildAt(1), R.id.name));
        assertEquals("Đang quản lý", text(list.getChildAt(1), R.id.status));
        assertEquals("Chưa rõ có quá hạn không", text(list.getChildAt(1), R.id.overdue));
        assertTrue(text(list.getChildAt(1), R.id.last_checkin).startsWith("Báo cáo gần nhất: "));
        assertEquals("Chưa có báo cáo nào", text(list.getChildAt(0), R.id.last_checkin));
        assertEquals(View.VISIBLE, home.findViewById(R.id.offline).getVisibility());
        assertTrue(text(home.getWindow().getDecorView(), R.id.offline).contains("chưa rõ ai quá hạn"));
    }

    @Test
    @Config(qualifiers = "en")
    public void onlineAMenteeWithAMissedCheckinComesFirstAndTheAlertsButtonCounts() {
        phone.backend
                .on("GET", "/api/v1/mentees", 200, MentorFixtures.mentees())
                .on("GET", "/api/v1/alerts", 200, MentorFixtures.alerts());
        MentorHomeActivity home =
                Robolectric.buildActivity(MentorHomeActivity.class).setup().get();

        LinearLayout list = home.findViewById(R.id.list);
        assertEquals("Lê Văn Cường", text(list.getChildAt(0), R.id.name));
        assertEquals("Overdue: own check-in", text(list.getChildAt(0), R.id.overdue));
        assertEquals("Everything on time", text(list.getChildAt(1), R.id.overdue));
        assertEquals(View.GONE, home.findViewById(R.id.offline).getVisibility());
        assertEquals("Alerts (1)", text(home.getWindow().getDecorView(), R.id.alerts));

        list.getChildAt(1).performClick();
        Intent opened = shadowOf(home).getNextStartedActivity();
        assertEquals(MenteeActivity.class.getName(), opened.getComponent().getClassName());
        assertEquals(TestPhone.CASE_ID, opened.getStringExtra("caseId"));
        assertEquals("0987654321", opened.getStringExtra("phone"));
    }

    @Test
    public void offlineAfterAnOnlineReadTheLastStateShowsWithItsTime() {
        phone.backend
                .on("GET", "/api/v1/mentees", 200, MentorFixtures.mentees())
                .on("GET", "/api/v1/alerts", 200, MentorFixtures.alerts());
        Robolectric.buildActivity(MentorHomeActivity.class).setup();
        phone.backend.offline(true);

        MentorHomeActivity home =
                Robolectric.buildActivity(MentorHomeActivity.class).setup().get();

        LinearLayout list = home.findViewById(R.id.list);
        assertEquals("Quá hạn: tự báo cáo", text(list.getChildAt(0), R.id.overdue));
        assertEquals("Không quá hạn (lúc 08:00 hôm nay)", text(list.getChildAt(1), R.id.overdue));
        assertEquals(
                "Không có mạng. Đang xem tình hình lúc 08:00 hôm nay.",
                text(home.getWindow().getDecorView(), R.id.offline));
    }

    @Test
    public void aWaitingHelpRequestPutsThePersonFirstAndTheCountInTheButton() {
        phone.synced(MentorFixtures.helpRequest(
                MentorFixtures.HELP_ID, TestPhone.CASE_ID, "CRISIS", null, "2026-11-23T07:30:00+07:00"));
        phone.backend
                .on("GET", "/api/v1/mentees", 200, MentorFixtures.mentees())
                .on("GET", "/api/v1/alerts", 200, MentorFixtures.alerts());
        MentorHomeActivity home =
                Robolectric.buildActivity(MentorHomeActivity.class).setup().get();

        LinearLayout list = home.findViewById(R.id.list);
        assertEquals("Nguyễn Văn An", text(list.getChildAt(0), R.id.name));
        assertEquals("Đang cần giúp đỡ", text(list.getChildAt(0), R.id.overdue));
        assertEquals("Cảnh báo (2) · có người cần giúp", text(home.getWindow().getDecorView(), R.id.alerts));
    }

    @Test
    public void theMenteePageCallsMessagesAndSaysImOnItOffline() {
        phone.synced(MentorFixtures.helpRequest(
                MentorFixtures.HELP_ID, TestPhone.CASE_ID, "CRAVING", null, "2026-11-23T07:55:00+07:00"));
        MentorFixtures.menteeOnline(phone, TestPhone.CASE_ID, "Nguyễn Văn An", true);
        Robolectric.buildActivity(
                        MenteeActivity.class, MenteeActivity.intent(phone.app, TestPhone.CASE_ID, null, null, null))
                .setup();
        phone.backend.offline(true);
        MenteeActivity mentee = Robolectric.buildActivity(
                        MenteeActivity.class,
                        MenteeActivity.intent(phone.app, TestPhone.CASE_ID, "Nguyễn Văn An", null, null))
                .setup()
                .get();

        assertEquals(View.VISIBLE, mentee.findViewById(R.id.call).getVisibility());
        mentee.findViewById(R.id.call).performClick();
        Intent dial = shadowOf(mentee).getNextStartedActivity();
        assertEquals(Intent.ACTION_DIAL, dial.getAction());
        assertEquals("tel:0987654321", dial.getData().toString());
        mentee.findViewById(R.id.message).performClick();
        Intent chat = shadowOf(mentee).getNextStartedActivity();
        assertEquals(MessagesActivity.class.getName(), chat.getComponent().getClassName());
        mentee.findViewById(R.id.message_officer).performClick();
        Intent officer = shadowOf(mentee).getNextStartedActivity();
        assertEquals(MessagesActivity.class.getName(), officer.getComponent().getClassName());
        assertTrue(officer.getExtras().toString().contains(MentorFixtures.OFFICER_ACCOUNT_ID));

        assertEquals(View.VISIBLE, mentee.findViewById(R.id.acknowledge).getVisibility());
        mentee.findViewById(R.id.acknowledge).performClick();

        assertEquals(View.GONE, mentee.findViewById(R.id.acknowledge).getVisibility());
        assertEquals("Bạn đã nhận lo · chưa gửi", text(mentee.getWindow().getDecorView(), R.id.ack_status));
        List<OutboxOperation> queued = phone.outboxOnDisk();
        assertEquals(1, queued.size());
        assertEquals(OutboxKind.ACKNOWLEDGE_HELP, queued.get(0).kind);

        phone.backend.offline(false).on("POST", "/api/v1/help-requests/", 200, "{}");
        phone.app.client().flusher().flush(true);
        List<HttpRequest> posts = phone.backend.requests("POST", "/api/v1/help-requests/" + MentorFixtures.HELP_ID);
        assertEquals(1, posts.size());
        assertEquals(null, posts.get(0).body);
        assertEquals(0, phone.outboxOnDisk().size());
    }

    @Test
    public void withoutOfficersInTheCaseTheOfficerButtonHides() {
        MentorFixtures.menteeOnline(phone, TestPhone.CASE_ID, "Nguyễn Văn An", false);
        MenteeActivity mentee = Robolectric.buildActivity(
                        MenteeActivity.class,
                        MenteeActivity.intent(phone.app, TestPhone.CASE_ID, "Nguyễn Văn An", null, null))
                .setup()
                .get();
        assertEquals(View.GONE, mentee.findViewById(R.id.message_officer).getVisibility());
        assertEquals(View.VISIBLE, mentee.findViewById(R.id.call).getVisibility());
    }

    @Test
    public void aHomeVisitLoggedOfflineKeepsItsTimeAndConcernsAndIsListedAsNotSent() throws Exception {
        phone.backend.offline(true);
        ContactFormActivity form = Robolectric.buildActivity(
                        ContactFormActivity.class,
                        ContactFormActivity.intent(phone.app, TestPhone.CASE_ID, "Nguyễn Văn An"))
                .setup()
                .get();
        ((RadioButton) form.findViewById(R.id.type_home_visit)).setChecked(true);
        ((EditText) form.findViewById(R.id.summary)).setText("Gặp cả gia đình, An đang đi làm phụ hồ.");
        LinearLayout concerns = form.findViewById(R.id.concerns);
        assertEquals(6, concerns.getChildCount());
        assertEquals("Chỗ ở", ((CheckBox) concerns.getChildAt(4)).getText().toString());
        ((CheckBox) concerns.getChildAt(4)).setChecked(true);
        ((CheckBox) form.findViewById(R.id.follow_up)).setChecked(true);

        form.findViewById(R.id.save_contact).performClick();

        List<OutboxOperation> queued = phone.outboxOnDisk();
        assertEquals(1, queued.size());
        assertEquals(OutboxKind.CONTACT, queued.get(0).kind);
        assertEquals("HOME_VISIT", queued.get(0).bodyJson().getString("type"));
        assertEquals(TestPhone.NOW, Rfc3339.parse(queued.get(0).bodyJson().getString("occurredAt")));
        assertEquals(
                "[\"HOUSING\"]",
                queued.get(0).bodyJson().getJSONArray("concerns").toString());
        assertTrue(queued.get(0).bodyJson().getBoolean("followUpNeeded"));
        assertEquals("Đã lưu trên máy. Sẽ tự gửi khi có mạng.", ShadowToast.getTextOfLatestToast());
        assertTrue(form.isFinishing());

        MenteeActivity mentee = Robolectric.buildActivity(
                        MenteeActivity.class,
                        MenteeActivity.intent(phone.app, TestPhone.CASE_ID, "Nguyễn Văn An", null, null))
                .setup()
                .get();
        String firstContact = ((TextView) ((LinearLayout) mentee.findViewById(R.id.contacts)).getChildAt(0))
                .getText()
                .toString();
        assertEquals(
                "Thăm nhà · Chưa gửi\nGặp cả gia đình, An đang đi làm phụ hồ.\nLo ngại: Chỗ ở\nCần theo dõi thêm",
                firstContact);
    }

    @Test
    public void aContactWithoutASummaryIsNotQueued() {
        phone.backend.offline(true);
        ContactFormActivity form = Robolectric.buildActivity(
                        ContactFormActivity.class,
                        ContactFormActivity.intent(phone.app, TestPhone.CASE_ID, "Nguyễn Văn An"))
                .setup()
                .get();
        ((RadioButton) form.findViewById(R.id.type_phone_call)).setChecked(true);

        form.findViewById(R.id.save_contact).performClick();

        assertEquals("Vui lòng ghi nội dung.", text(form.findViewById(android.R.id.content), R.id.form_message));
        assertEquals(0, phone.outboxOnDisk().size());
    }

    @Test
    public void aReferralIsConfirmedThenQueued() throws Exception {
        phone.backend.on("GET", "/api/v1/opportunities", 200, MentorFixtures.opportunities());
        ReferralActivity screen = Robolectric.buildActivity(
                        ReferralActivity.class, ReferralActivity.intent(phone.app, TestPhone.CASE_ID, "Nguyễn Văn An"))
                .setup()
                .get();
        LinearLayout list = screen.findViewById(R.id.list);
        assertEquals(2, list.getChildCount());
        assertEquals("Lớp hàn điện cơ bản", text(list.getChildAt(0), R.id.title));

        phone.backend.offline(true);
        list.getChildAt(0).performClick();
        screen.confirmation.getButton(AlertDialog.BUTTON_POSITIVE).performClick();
        shadowOf(Looper.getMainLooper()).idle();

        List<OutboxOperation> queued = phone.outboxOnDisk();
        assertEquals(1, queued.size());
        assertEquals(OutboxKind.REFERRAL, queued.get(0).kind);
        assertEquals("opp-1", queued.get(0).bodyJson().getString("opportunityId"));
        assertEquals(
                "Đã giới thiệu · chưa gửi",
                text(((LinearLayout) screen.findViewById(R.id.list)).getChildAt(0), R.id.referred));
    }

    private static String text(View parent, int id) {
        return ((TextView) parent.findViewById(id)).getText().toString();
    }
}
