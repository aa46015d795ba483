package vn.donghanh.app.person;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.AlertDialog;
import android.content.Intent;
import android.provider.Settings;
import android.view.View;
import android.widget.RadioButton;
import android.widget.TextView;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowAlarmManager;
import org.robolectric.shadows.ShadowAlertDialog;
import org.robolectric.shadows.ShadowToast;
import vn.donghanh.app.R;
import vn.donghanh.app.SignInActivity;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;

/** The person's home screen driven through core's presenter, on real SQLite, online and offline. */
@RunWith(RobolectricTestRunner.class)
public class PersonHomeActivityTest {
    private final TestPhone phone = new TestPhone()
            .signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID)
            .synced(
                    Fixtures.caseRecord(TestPhone.CASE_ID, "Nguyễn Văn An", "Trần Thị Bình", "2027-05-23"),
                    // Wednesday 11:00 in Vietnam: 2 days 3 hours after NOW.
                    Fixtures.appointment("occ-1", TestPhone.CASE_ID, "COUNSELLING", "2026-11-25T11:00:00+07:00"));

    @Test
    public void showsTheDayInVietnameseFromLocalDataWhenOffline() {
        phone.backend.offline(true);
        PersonHomeActivity home =
                Robolectric.buildActivity(PersonHomeActivity.class).setup().get();

        assertEquals("Tôi ổn", text(home, R.id.checkin_ok));
        assertEquals("Cần giúp đỡ", text(home, R.id.help));
        assertEquals("Xin chào, Nguyễn Văn An", text(home, R.id.hello));
        assertEquals("Còn 2 ngày 3 giờ", text(home, R.id.countdown));
        assertTrue(
                text(home, R.id.next_appointment),
                text(home, R.id.next_appointment).startsWith("Tư vấn, "));
        assertEquals("Trần Thị Bình", text(home, R.id.mentor_name));
        assertEquals("Còn 181 ngày nữa là hết thời gian quản lý.", text(home, R.id.days_remaining));
        assertEquals("Đã gửi hết", text(home, R.id.unsent));
        assertEquals(View.VISIBLE, home.findViewById(R.id.offline).getVisibility());
        // Offline before the first online load: no phone number known, so no call button.
        assertEquals(View.GONE, home.findViewById(R.id.call_mentor).getVisibility());
    }

    @Test
    @Config(qualifiers = "en")
    public void showsTheDayInEnglishOnAnEnglishPhone() {
        phone.backend.offline(true);
        PersonHomeActivity home =
                Robolectric.buildActivity(PersonHomeActivity.class).setup().get();

        assertEquals("I'm OK", text(home, R.id.checkin_ok));
        assertEquals("I need help", text(home, R.id.help));
        assertEquals("In 2 days 3 hours", text(home, R.id.countdown));
        assertTrue(text(home, R.id.next_appointment).startsWith("Counselling, "));
        assertEquals("181 days left in the management period.", text(home, R.id.days_remaining));
    }

    @Test
    public void imOkOfflineQueuesTheCheckinInSqliteAndShowsItAsNotSent() throws Exception {
        phone.backend.offline(true);
        PersonHomeActivity home =
                Robolectric.buildActivity(PersonHomeActivity.class).setup().get();
        ((RadioButton) home.findViewById(R.id.mood_4)).setChecked(true);
        ((RadioButton) home.findViewById(R.id.craving_2)).setChecked(true);

        home.findViewById(R.id.checkin_ok).performClick();

        List<OutboxOperation> queued = phone.outboxOnDisk();
        assertEquals(1, queued.size());
        assertEquals(OutboxKind.CHECKIN, queued.get(0).kind);
        assertEquals("/api/v1/cases/" + TestPhone.CASE_ID + "/checkins", queued.get(0).path);
        assertEquals("SELF", queued.get(0).bodyJson().getString("kind"));
        assertEquals(4, queued.get(0).bodyJson().getInt("wellbeing"));
        assertEquals(2, queued.get(0).bodyJson().getInt("craving"));
        // Today is done, said plainly, even though the check-in is still on the phone.
        assertEquals("✓ Hôm nay bạn đã điểm danh lúc 08:00.\n1 ngày liên tiếp. Giỏi lắm!", text(home, R.id.today_done));
        assertEquals(View.GONE, home.findViewById(R.id.mood_block).getVisibility());
        assertEquals("Chưa gửi: 1", text(home, R.id.unsent));
        assertEquals("Đã lưu trên máy. Sẽ tự gửi khi có mạng.", ShadowToast.getTextOfLatestToast());
    }

    @Test
    public void imOkOnlineReachesTheServerAndLeavesNothingUnsent() throws Exception {
        phone.backend.on("POST", "/api/v1/cases/" + TestPhone.CASE_ID + "/checkins", 201, "{}");
        PersonHomeActivity home =
                Robolectric.buildActivity(PersonHomeActivity.class).setup().get();

        home.findViewById(R.id.checkin_ok).performClick();

        assertEquals(
                1,
                phone.backend
                        .requests("POST", "/api/v1/cases/" + TestPhone.CASE_ID + "/checkins")
                        .size());
        assertEquals(0, phone.outboxOnDisk().size());
        assertEquals("Đã gửi hết", text(home, R.id.unsent));
        assertEquals("Đã ghi nhận. Cảm ơn bạn!", ShadowToast.getTextOfLatestToast());
    }

    @Test
    public void needHelpQueuesAHelpRequestWithTheChosenReason() throws Exception {
        phone.backend.offline(true);
        PersonHomeActivity home =
                Robolectric.buildActivity(PersonHomeActivity.class).setup().get();

        home.findViewById(R.id.help).performClick();
        AlertDialog reasons = ShadowAlertDialog.getLatestAlertDialog();
        shadowOf(reasons).clickOnItem(0);

        List<OutboxOperation> queued = phone.outboxOnDisk();
        assertEquals(1, queued.size());
        assertEquals(OutboxKind.HELP_REQUEST, queued.get(0).kind);
        assertEquals("CRAVING", queued.get(0).bodyJson().getString("category"));
        assertEquals("Chưa gửi: 1", text(home, R.id.unsent));
        // Not sent: the screen says so at the top, and offers what can be called (no number is
        // on this phone yet, so it says that instead of "call your mentor" without a button).
        assertEquals(View.VISIBLE, home.findViewById(R.id.help_panel).getVisibility());
        assertEquals(
                "Chưa gửi được lời nhờ giúp đỡ (lúc 08:00). Máy sẽ tự gửi khi có mạng. Hãy gọi ngay:",
                text(home, R.id.help_status));
        android.widget.LinearLayout calls = home.findViewById(R.id.help_calls);
        assertEquals(
                "Máy chưa có số điện thoại của người giúp đỡ hay cán bộ xã. Hãy nhờ người bên cạnh, hoặc gọi cấp cứu:",
                ((TextView) calls.getChildAt(0)).getText().toString());
        assertEquals(
                "Gọi cấp cứu 115",
                ((TextView) calls.getChildAt(calls.getChildCount() - 1))
                        .getText()
                        .toString());
    }

    @Test
    public void callingTheMentorOpensTheDialerWithTheirNumber() {
        phone.backend
                .on(
                        "GET",
                        "/api/v1/me/case",
                        200,
                        "{\"id\":\"" + TestPhone.CASE_ID
                                + "\",\"fullName\":\"Nguyễn Văn An\",\"status\":\"ACTIVE\",\"plannedEndDate\":\"2027-05-23\","
                                + "\"mentor\":{\"id\":\"" + TestPhone.MENTOR_ACCOUNT_ID
                                + "\",\"displayName\":\"Trần Thị Bình\",\"phone\":\"0912345678\"}}")
                .on(
                        "GET",
                        "/api/v1/opportunities",
                        200,
                        "[{\"id\":\"op-1\",\"type\":\"JOB\",\"title\":\"Thợ may\","
                                + "\"providerName\":\"Công ty May Hà Giang\",\"place\":\"Tân Thịnh\",\"distance\":0}]");
        PersonHomeActivity home =
                Robolectric.buildActivity(PersonHomeActivity.class).setup().get();

        home.findViewById(R.id.call_mentor).performClick();

        Intent dial = shadowOf(home).getNextStartedActivity();
        assertEquals(Intent.ACTION_DIAL, dial.getAction());
        assertEquals("tel:0912345678", dial.getData().toString());
        assertEquals(
                "Thợ may · Tân Thịnh",
                ((TextView) ((android.widget.LinearLayout) home.findViewById(R.id.opportunities)).getChildAt(0))
                        .getText()
                        .toString());
    }

    @Test
    public void signingOutForgetsTheSessionAndReturnsToSignIn() {
        phone.backend.on("POST", "/api/v1/auth/logout", 204, "");
        PersonHomeActivity home =
                Robolectric.buildActivity(PersonHomeActivity.class).setup().get();

        home.findViewById(R.id.sign_out).performClick();

        assertNull(phone.session());
        assertEquals(1, phone.backend.requests("POST", "/api/v1/auth/logout").size());
        assertEquals(
                SignInActivity.class.getName(),
                shadowOf(home).getNextStartedActivity().getComponent().getClassName());
    }

    @Test
    public void asksForTheNotificationPermissionAndSaysWhyWhileItIsMissing() {
        phone.backend.offline(true);
        PersonHomeActivity home =
                Robolectric.buildActivity(PersonHomeActivity.class).setup().get();

        assertEquals(View.VISIBLE, home.findViewById(R.id.notifications_off).getVisibility());
        assertEquals(
                "android.permission.POST_NOTIFICATIONS",
                shadowOf(home).getLastRequestedPermission().requestedPermissions[0]);
    }

    @Test
    public void whenExactAlarmsAreDeniedItSaysSoAndOpensTheSetting() {
        ShadowAlarmManager.setCanScheduleExactAlarms(false);
        phone.backend.offline(true);
        PersonHomeActivity home =
                Robolectric.buildActivity(PersonHomeActivity.class).setup().get();

        assertEquals(View.VISIBLE, home.findViewById(R.id.exact_alarms_off).getVisibility());
        home.findViewById(R.id.allow_exact_alarms).performClick();

        Intent setting = shadowOf(home).getNextStartedActivity();
        assertEquals(Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, setting.getAction());
        assertEquals("package:vn.donghanh.app", setting.getData().toString());
    }

    @Test
    public void whenExactAlarmsAreAllowedNothingIsAsked() {
        ShadowAlarmManager.setCanScheduleExactAlarms(true);
        phone.backend.offline(true);
        PersonHomeActivity home =
                Robolectric.buildActivity(PersonHomeActivity.class).setup().get();

        assertEquals(View.GONE, home.findViewById(R.id.exact_alarms_off).getVisibility());
    }

    private static String text(PersonHomeActivity activity, int id) {
        return ((TextView) activity.findViewById(id)).getText().toString();
    }
}
