package vn.donghanh.app.reminder;

import static org.junit.Assert.assertEquals;
import static org.robolectric.Shadows.shadowOf;

import android.app.AlarmManager;
import android.app.Notification;
import android.app.NotificationManager;
import android.os.Looper;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import vn.donghanh.app.sync.SyncJobService;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;

/** Alarm → discreet notification → "Tôi sẽ đến" → core's outbox, all without a network. */
@RunWith(RobolectricTestRunner.class)
public class ReminderNotificationTest {
    private static final String STARTS_AT = "2026-11-25T11:00:00+07:00";

    private final TestPhone phone = new TestPhone().signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
    private final AlarmManager alarmManager = phone.app.getSystemService(AlarmManager.class);
    private final NotificationManager notificationManager = phone.app.getSystemService(NotificationManager.class);

    @Test
    public void theAlarmPostsADiscreetReminderWithAnAcknowledgeAction() throws Exception {
        syncAppointment(false);
        phone.backend.offline(true);

        ringFirstAlarm();

        List<Notification> posted = shadowOf(notificationManager).getAllNotifications();
        assertEquals(1, posted.size());
        Notification reminder = posted.get(0);
        assertEquals(NotificationChannels.REMINDERS, reminder.getChannelId());
        assertEquals("Lịch hẹn", reminder.extras.getString(Notification.EXTRA_TITLE));
        // The server flags this place as discreet: "the health facility", never the place's name.
        assertEquals(
                "Ngày mai bạn có lịch hẹn lúc 11:00 tại cơ sở y tế.",
                reminder.extras.getCharSequence(Notification.EXTRA_TEXT).toString());
        assertEquals(Notification.VISIBILITY_PRIVATE, reminder.visibility);
        assertEquals("Đồng Hành", reminder.publicVersion.extras.getString(Notification.EXTRA_TITLE));
        assertEquals(
                "Bạn có một lời nhắc mới.",
                reminder.publicVersion
                        .extras
                        .getCharSequence(Notification.EXTRA_TEXT)
                        .toString());
        assertEquals(1, reminder.actions.length);
        assertEquals("Tôi sẽ đến", reminder.actions[0].title.toString());
    }

    @Test
    @Config(qualifiers = "en")
    public void onAnEnglishPhoneTheReminderIsInEnglish() throws Exception {
        syncAppointment(false);

        ringFirstAlarm();

        Notification reminder =
                shadowOf(notificationManager).getAllNotifications().get(0);
        assertEquals(
                "Tomorrow you have an appointment at 11:00 at the health facility.",
                reminder.extras.getCharSequence(Notification.EXTRA_TEXT).toString());
        assertEquals("I'll be there", reminder.actions[0].title.toString());
    }

    @Test
    public void acknowledgingQueuesTheAnswerForTheServersReminderAndClearsTheNotification() throws Exception {
        syncAppointment(true);
        phone.backend.offline(true);
        ringFirstAlarm();

        tapAcknowledge();

        List<OutboxOperation> queued = phone.outboxOnDisk();
        assertEquals(1, queued.size());
        assertEquals(OutboxKind.REMINDER_ACKNOWLEDGEMENT, queued.get(0).kind);
        assertEquals("/api/v1/reminders/rem-day-before/acknowledge", queued.get(0).path);
        assertEquals("COMING", queued.get(0).bodyJson().getString("response"));
        assertEquals(0, shadowOf(notificationManager).getAllNotifications().size());
    }

    @Test
    public void anAnswerGivenBeforeTheServersReminderSyncedIsSentAfterTheNextSync() throws Exception {
        syncAppointment(false);
        ringFirstAlarm();
        tapAcknowledge();
        assertEquals(0, phone.outboxOnDisk().size());

        phone.backend
                .on("GET", "/api/v1/sync", 200, Fixtures.syncPage("cursor-2", dayBeforeReminder()))
                .on("POST", "/api/v1/reminders/", 200, "{}");
        SyncJobService.syncOnce(phone.app, false);

        assertEquals(
                1,
                phone.backend
                        .requests("POST", "/api/v1/reminders/rem-day-before/acknowledge")
                        .size());
        assertEquals(0, phone.outboxOnDisk().size());
        assertEquals(0, phone.app.pendingAcknowledgements().all().size());
    }

    @Test
    public void whenTheServerAllowsNamingThePlaceTheShadeNamesItAndTheLockScreenStillDoesNot() throws Exception {
        syncAppointment(false, Boolean.FALSE);

        ringFirstAlarm();

        Notification reminder =
                shadowOf(notificationManager).getAllNotifications().get(0);
        assertEquals(
                "Ngày mai bạn có lịch hẹn lúc 11:00 tại Trạm y tế phường Tân Thịnh.",
                reminder.extras.getCharSequence(Notification.EXTRA_TEXT).toString());
        assertEquals(
                "Bạn có một lời nhắc mới.",
                reminder.publicVersion
                        .extras
                        .getCharSequence(Notification.EXTRA_TEXT)
                        .toString());
    }

    @Test
    public void anOlderServerWithoutTheFlagGetsNothingAboutThePlace() throws Exception {
        syncAppointment(false, null);

        ringFirstAlarm();

        Notification reminder =
                shadowOf(notificationManager).getAllNotifications().get(0);
        // Not even "the health facility": only the server may say what a place reveals.
        assertEquals(
                "Ngày mai bạn có lịch hẹn lúc 11:00.",
                reminder.extras.getCharSequence(Notification.EXTRA_TEXT).toString());
    }

    private void syncAppointment(boolean withServerReminder) {
        syncAppointment(withServerReminder, Boolean.TRUE);
    }

    /** {@code discreetPlace} as the server sends it on the synced appointment (null: an older server). */
    private void syncAppointment(boolean withServerReminder, Boolean discreetPlace) {
        String appointment =
                Fixtures.appointmentChange("occ-1", TestPhone.CASE_ID, "COUNSELLING", STARTS_AT, discreetPlace);
        phone.backend.on(
                "GET",
                "/api/v1/sync",
                200,
                withServerReminder
                        ? Fixtures.syncPage("cursor-1", appointment, dayBeforeReminder())
                        : Fixtures.syncPage("cursor-1", appointment));
        SyncJobService.syncOnce(phone.app, false);
    }

    private static String dayBeforeReminder() {
        return Fixtures.reminderChange(
                "rem-day-before", "occ-1", TestPhone.CASE_ID, "P1D", "2026-11-24T11:00:00+07:00");
    }

    void ringFirstAlarm() throws Exception {
        ReminderAlarmsTest.firstAlarm(alarmManager).send();
        shadowOf(Looper.getMainLooper()).idle();
    }

    private void tapAcknowledge() throws Exception {
        Notification reminder =
                shadowOf(notificationManager).getAllNotifications().get(0);
        reminder.actions[0].actionIntent.send();
        shadowOf(Looper.getMainLooper()).idle();
    }
}
