package vn.donghanh.app.scope;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.AlarmManager;
import android.app.AlertDialog;
import android.app.NotificationManager;
import android.content.DialogInterface;
import android.database.Cursor;
import android.os.Looper;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.shadows.ShadowDialog;
import vn.donghanh.app.R;
import vn.donghanh.app.SignInActivity;
import vn.donghanh.app.mentor.MentorHomeActivity;
import vn.donghanh.app.person.PersonHomeActivity;
import vn.donghanh.app.storage.AlarmTable;
import vn.donghanh.app.sync.SyncJobService;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.app.unsent.UnsentActivity;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.reminder.PlannedAlarm;

/** Issue 14 on the phone: a case leaves the user's scope, an account is deactivated. */
@RunWith(RobolectricTestRunner.class)
public class LeftScopeTest {
    private final TestPhone phone = new TestPhone();

    @Test
    public void aRemovedCasesAlarmsLeaveAlarmManagerAndItsReminderLeavesTheShade() {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        phone.backend.on(
                "GET",
                "/api/v1/sync",
                200,
                Fixtures.syncPage(
                        "cursor-1",
                        Fixtures.appointmentChange(
                                "occ-1", TestPhone.CASE_ID, "COUNSELLING", "2026-11-25T11:00:00+07:00")));
        SyncJobService.syncOnce(phone.app, false);
        AlarmManager alarmManager = phone.app.getSystemService(AlarmManager.class);
        assertEquals(2, shadowOf(alarmManager).getScheduledAlarms().size());
        // The day-before reminder has rung and is in the shade; an answer to it waits for the server's id.
        PlannedAlarm rung = phone.app.alarmScheduler().scheduled().get(0);
        try {
            vn.donghanh.app.reminder.ReminderAlarmsTest.firstAlarm(alarmManager).send();
        } catch (android.app.PendingIntent.CanceledException e) {
            throw new AssertionError(e);
        }
        shadowOf(Looper.getMainLooper()).idle();
        NotificationManager notifications = phone.app.getSystemService(NotificationManager.class);
        assertEquals(1, shadowOf(notifications).getAllNotifications().size());
        phone.app.pendingAcknowledgements().put(rung, "COMING");

        phone.backend.on(
                "GET", "/api/v1/sync", 200, Fixtures.syncPage("cursor-2", ScopeScenes.removed(TestPhone.CASE_ID)));
        SyncJobService.syncOnce(phone.app, false);

        assertEquals(0, shadowOf(alarmManager).getScheduledAlarms().size());
        assertEquals(0, rows(AlarmTable.SCHEDULED));
        assertEquals(0, rows(AlarmTable.PENDING_ACKNOWLEDGEMENT));
        assertEquals(0, shadowOf(notifications).getAllNotifications().size());
        assertEquals(0, rows("synced_record WHERE case_id = '" + TestPhone.CASE_ID + "'"));
    }

    @Test
    public void theMentorsListNoLongerShowsTheCaseAndItsQueuedContactWaitsWithTheReason() {
        String contact = ScopeScenes.mentorAfterRemoval(phone);

        OutboxOperation kept = phone.outboxOnDisk().get(0);
        assertEquals(contact, kept.id);
        assertEquals(OutboxOperation.State.OUT_OF_SCOPE, kept.state);

        phone.backend.offline(true);
        MentorHomeActivity home =
                Robolectric.buildActivity(MentorHomeActivity.class).setup().get();
        LinearLayout list = home.findViewById(R.id.list);
        assertEquals(1, list.getChildCount());
        assertEquals(
                "Lê Văn Cường",
                ((TextView) list.getChildAt(0).findViewById(R.id.name))
                        .getText()
                        .toString());
        TextView waiting = home.findViewById(R.id.not_sendable);
        assertEquals("Không gửi được: 1. Chạm để xem lý do.", waiting.getText().toString());
        waiting.performClick();
        assertEquals(
                UnsentActivity.class.getName(),
                shadowOf(home).getNextStartedActivity().getComponent().getClassName());

        UnsentActivity unsent =
                Robolectric.buildActivity(UnsentActivity.class).setup().get();
        LinearLayout items = unsent.findViewById(R.id.list);
        View row = items.getChildAt(0);
        assertEquals(
                "Không gửi được: Hồ sơ của Nguyễn Văn An không còn do bạn phụ trách.",
                ((TextView) row.findViewById(R.id.state)).getText().toString());
        assertEquals(View.GONE, row.findViewById(R.id.edit).getVisibility());
        assertEquals(View.VISIBLE, row.findViewById(R.id.discard).getVisibility());

        // Never sent again, whatever is tried.
        phone.backend.offline(false);
        int before = phone.backend.requests("POST", "/api/v1/cases/").size();
        assertEquals(
                "nothing here can go out",
                View.GONE,
                unsent.findViewById(R.id.send_now).getVisibility());
        phone.app.client().flusher().flush(true);
        SyncJobService.syncOnce(phone.app, true);
        assertEquals(before, phone.backend.requests("POST", "/api/v1/cases/").size());

        row.findViewById(R.id.discard).performClick();
        AlertDialog dialog = (AlertDialog) ShadowDialog.getLatestDialog();
        dialog.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
        shadowOf(Looper.getMainLooper()).idle();
        assertTrue(phone.outboxOnDisk().isEmpty());
    }

    @Test
    public void aQueuedItemTheServerAnswers404ForIsMarkedTheSameWay() {
        phone.signedInAs(Role.MENTOR, "Phan Thị Mai", null)
                .synced(Fixtures.caseRecord(TestPhone.CASE_ID, "Nguyễn Văn An", "Phan Thị Mai", "2027-05-23"));
        phone.backend.offline(true);
        phone.app.client().outbox().queueMessage(TestPhone.CASE_ID, TestPhone.PERSON_ACCOUNT_ID, "Mai anh qua nhé");
        phone.backend
                .offline(false)
                .on("POST", "/api/v1/cases/" + TestPhone.CASE_ID + "/messages", 404, ScopeScenes.NOT_FOUND);

        SyncJobService.syncOnce(phone.app, true);
        SyncJobService.syncOnce(phone.app, true);

        assertEquals(OutboxOperation.State.OUT_OF_SCOPE, phone.outboxOnDisk().get(0).state);
        assertEquals(1, phone.backend.requests("POST", "/api/v1/cases/").size());
        UnsentActivity unsent =
                Robolectric.buildActivity(UnsentActivity.class).setup().get();
        View row = ((LinearLayout) unsent.findViewById(R.id.list)).getChildAt(0);
        assertEquals(
                "Không gửi được: Hồ sơ của Nguyễn Văn An không còn do bạn phụ trách.",
                ((TextView) row.findViewById(R.id.state)).getText().toString());
    }

    @Test
    public void aDeactivatedAccountLosesEverythingOnThePhoneAndSignInSaysWhy() {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        phone.backend.on(
                "GET",
                "/api/v1/sync",
                200,
                Fixtures.syncPage(
                        "cursor-1",
                        Fixtures.appointmentChange(
                                "occ-1", TestPhone.CASE_ID, "COUNSELLING", "2026-11-25T11:00:00+07:00")));
        SyncJobService.syncOnce(phone.app, false);
        phone.backend.offline(true);
        phone.app.client().outbox().queueCheckin(TestPhone.CASE_ID, 4, 0, null);
        AlarmManager alarmManager = phone.app.getSystemService(AlarmManager.class);
        assertEquals(2, shadowOf(alarmManager).getScheduledAlarms().size());

        // The account is deactivated: its token is refused, and so is the refresh.
        phone.backend
                .offline(false)
                .on("POST", "/api/v1/cases/", 401, ScopeScenes.SIGN_IN_ENDED)
                .on("GET", "/api/v1/sync", 401, ScopeScenes.SIGN_IN_ENDED)
                .on("POST", "/api/v1/auth/refresh", 401, ScopeScenes.INACTIVE);
        assertTrue(SyncJobService.syncOnce(phone.app, true));

        assertNull(phone.session());
        assertEquals(0, rows("synced_record"));
        assertEquals(0, rows(AlarmTable.SCHEDULED));
        assertEquals(0, shadowOf(alarmManager).getScheduledAlarms().size());
        assertTrue(phone.outboxOnDisk().isEmpty());

        SignInActivity signIn =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        TextView why = signIn.findViewById(R.id.session_ended);
        assertEquals(View.VISIBLE, why.getVisibility());
        assertTrue(why.getText().toString(), why.getText().toString().startsWith("Tài khoản này đã ngừng hoạt động."));
        assertTrue(why.getText().toString(), why.getText().toString().contains("1 mục chưa gửi cũng đã bị xóa"));
    }

    @Test
    public void aSessionTheServerRevokedLosesItsCaseDataButKeepsTheQueueAndSignInSaysSo() {
        // Today's backend on deactivation: the token ends (TokenVersionFilter) and the refresh
        // token is revoked ("reuse detected"), as after a password reset.
        phone.signedInAs(Role.MENTOR, "Phan Thị Mai", null)
                .synced(Fixtures.caseRecord(TestPhone.CASE_ID, "Nguyễn Văn An", "Phan Thị Mai", "2027-05-23"));
        phone.backend.offline(true);
        phone.app.client().outbox().queueMessage(TestPhone.CASE_ID, TestPhone.PERSON_ACCOUNT_ID, "Mai anh qua nhé");
        phone.backend
                .offline(false)
                .on("POST", "/api/v1/cases/", 401, ScopeScenes.SIGN_IN_ENDED)
                .on("POST", "/api/v1/auth/refresh", 401, ScopeScenes.REVOKED);

        SyncJobService.syncOnce(phone.app, true);

        assertNull(phone.session());
        assertEquals(0, rows("synced_record"));
        assertEquals(1, phone.outboxOnDisk().size());
        SignInActivity signIn =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        String why =
                ((TextView) signIn.findViewById(R.id.session_ended)).getText().toString();
        assertTrue(why, why.startsWith("Máy chủ đã kết thúc phiên đăng nhập này"));
        assertTrue(why, why.contains("Những gì chưa gửi vẫn được giữ"));
    }

    @Test
    public void anOrdinarySignInShowsNoSuchNotice() {
        SignInActivity signIn =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        assertEquals(View.GONE, signIn.findViewById(R.id.session_ended).getVisibility());
    }

    @Test
    public void thePersonSeesTheirCommuneAndOnceTheNewOneAfterAMove() {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        phone.backend
                .on(
                        "GET",
                        "/api/v1/me/case",
                        200,
                        ScopeScreensShotTest.myCase(
                                "unit-tan-thinh", "Phường Tân Thịnh", "Hoàng Văn Dũng", "0209385123"))
                .on("GET", "/api/v1/opportunities", 200, "[]");
        PersonHomeActivity home =
                Robolectric.buildActivity(PersonHomeActivity.class).setup().get();
        assertEquals("Xã, phường của bạn: Phường Tân Thịnh", text(home, R.id.commune_name));
        assertEquals(View.GONE, home.findViewById(R.id.commune_notice).getVisibility());
        home.finish();

        phone.backend.on(
                "GET",
                "/api/v1/me/case",
                200,
                ScopeScreensShotTest.myCase("unit-dong-ngan", "Phường Đông Ngàn", "Vũ Thị Lan", "0912000200"));
        home = Robolectric.buildActivity(PersonHomeActivity.class).setup().get();

        assertEquals(View.VISIBLE, home.findViewById(R.id.commune_notice).getVisibility());
        assertEquals(
                "Từ nay bạn thuộc Phường Đông Ngàn. Cán bộ xã mới ở bên dưới.", text(home, R.id.commune_notice_text));
        assertEquals("Cán bộ xã phụ trách (mới)", text(home, R.id.officers_title));
        assertEquals("Xã, phường của bạn: Phường Đông Ngàn", text(home, R.id.commune_name));
        LinearLayout officers = home.findViewById(R.id.officers);
        boolean callsTheNewOfficer = false;
        for (int i = 0; i < officers.getChildCount(); i++) {
            View v = officers.getChildAt(i);
            if (v instanceof android.widget.Button
                    && ((TextView) v).getText().toString().equals("Gọi Vũ Thị Lan")) {
                v.performClick();
                callsTheNewOfficer = true;
            }
        }
        assertTrue(callsTheNewOfficer);
        assertEquals(
                "tel:0912000200",
                shadowOf(home).getNextStartedActivity().getData().toString());

        home.findViewById(R.id.commune_notice_ok).performClick();
        assertEquals(View.GONE, home.findViewById(R.id.commune_notice).getVisibility());
        assertEquals("Cán bộ xã phụ trách", text(home, R.id.officers_title));
        home.finish();
        home = Robolectric.buildActivity(PersonHomeActivity.class).setup().get();
        assertEquals(View.GONE, home.findViewById(R.id.commune_notice).getVisibility());
    }

    private static String text(android.app.Activity a, int id) {
        return ((TextView) a.findViewById(id)).getText().toString();
    }

    private int rows(String tableAndWhere) {
        try (Cursor c =
                phone.app.database().getReadableDatabase().rawQuery("SELECT COUNT(*) FROM " + tableAndWhere, null)) {
            c.moveToFirst();
            return c.getInt(0);
        }
    }
}
