package vn.donghanh.app.reminder;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.AlarmManager;
import android.app.PendingIntent;
import android.content.Intent;
import android.os.Looper;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.shadows.ShadowAlarmManager;
import vn.donghanh.app.sync.SyncJobService;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.time.Rfc3339;

/** Local alarms from synced appointments: set, moved, exact or not, staff phones, after a reboot. */
@RunWith(RobolectricTestRunner.class)
public class ReminderAlarmsTest {
    /** Wednesday 11:00 in Vietnam; reminders the day before and 1 hour before (server defaults). */
    private static final String STARTS_AT = "2026-11-25T11:00:00+07:00";

    private static final long DAY_BEFORE = Rfc3339.parse("2026-11-24T11:00:00+07:00");
    private static final long HOUR_BEFORE = Rfc3339.parse("2026-11-25T10:00:00+07:00");

    private final TestPhone phone = new TestPhone();
    private final AlarmManager alarmManager = phone.app.getSystemService(AlarmManager.class);

    @Test
    public void syncedAppointmentsBecomeExactAlarmsAtTheReminderTimes() {
        ShadowAlarmManager.setCanScheduleExactAlarms(true);
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        feed(Fixtures.appointmentChange("occ-1", TestPhone.CASE_ID, "COUNSELLING", STARTS_AT));

        assertTrue(SyncJobService.syncOnce(phone.app, false));

        List<ShadowAlarmManager.ScheduledAlarm> alarms = shadowOf(alarmManager).getScheduledAlarms();
        assertEquals(List.of(DAY_BEFORE, HOUR_BEFORE), triggerTimes(alarms));
        for (ShadowAlarmManager.ScheduledAlarm alarm : alarms) {
            assertEquals(AlarmManager.RTC_WAKEUP, alarm.getType());
            assertEquals(ShadowAlarmManager.WINDOW_EXACT, alarm.getWindowLengthMs());
            assertTrue(alarm.isAllowWhileIdle());
        }
    }

    @Test
    public void withoutTheExactAlarmPermissionTheRemindersAreStillSetInexactly() {
        ShadowAlarmManager.setCanScheduleExactAlarms(false);
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        feed(Fixtures.appointmentChange("occ-1", TestPhone.CASE_ID, "COUNSELLING", STARTS_AT));

        SyncJobService.syncOnce(phone.app, false);

        List<ShadowAlarmManager.ScheduledAlarm> alarms = shadowOf(alarmManager).getScheduledAlarms();
        assertEquals(List.of(DAY_BEFORE, HOUR_BEFORE), triggerTimes(alarms));
        for (ShadowAlarmManager.ScheduledAlarm alarm : alarms) {
            assertEquals(ShadowAlarmManager.WINDOW_HEURISTIC, alarm.getWindowLengthMs());
            assertTrue(alarm.isAllowWhileIdle());
        }
    }

    @Test
    public void aMovedAppointmentMovesItsAlarms() {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        feed(Fixtures.appointmentChange("occ-1", TestPhone.CASE_ID, "COUNSELLING", STARTS_AT));
        SyncJobService.syncOnce(phone.app, false);

        // The officer moved it to Thursday 14:00.
        feed(Fixtures.appointmentChange("occ-1", TestPhone.CASE_ID, "COUNSELLING", "2026-11-26T14:00:00+07:00"));
        SyncJobService.syncOnce(phone.app, false);

        assertEquals(
                List.of(Rfc3339.parse("2026-11-25T14:00:00+07:00"), Rfc3339.parse("2026-11-26T13:00:00+07:00")),
                triggerTimes(shadowOf(alarmManager).getScheduledAlarms()));
    }

    @Test
    public void aMentorsPhoneSetsNoAlarmsForTheMenteesAppointments() {
        phone.signedInAs(Role.MENTOR, "Trần Thị Bình", null);
        feed(Fixtures.appointmentChange("occ-1", TestPhone.CASE_ID, "COUNSELLING", STARTS_AT));

        SyncJobService.syncOnce(phone.app, false);

        assertEquals(0, shadowOf(alarmManager).getScheduledAlarms().size());
    }

    @Test
    public void afterARebootEveryAlarmIsSetAgainWithoutNetwork() {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        feed(Fixtures.appointmentChange("occ-1", TestPhone.CASE_ID, "COUNSELLING", STARTS_AT));
        SyncJobService.syncOnce(phone.app, false);
        // A reboot empties AlarmManager; the app's own record of what it set is still in SQLite.
        for (ShadowAlarmManager.ScheduledAlarm alarm :
                new ArrayList<>(shadowOf(alarmManager).getScheduledAlarms())) {
            alarmManager.cancel(alarm.operation);
        }
        phone.backend.offline(true);

        phone.app.sendBroadcast(new Intent(Intent.ACTION_BOOT_COMPLETED).setPackage(phone.app.getPackageName()));
        shadowOf(Looper.getMainLooper()).idle();

        assertEquals(
                List.of(DAY_BEFORE, HOUR_BEFORE),
                triggerTimes(shadowOf(alarmManager).getScheduledAlarms()));
    }

    @Test
    public void signingOutCancelsThePersonsAlarms() {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        feed(Fixtures.appointmentChange("occ-1", TestPhone.CASE_ID, "COUNSELLING", STARTS_AT));
        SyncJobService.syncOnce(phone.app, false);
        phone.backend.offline(true);

        phone.app.client().signOut();

        assertEquals(0, shadowOf(alarmManager).getScheduledAlarms().size());
    }

    private void feed(String... changes) {
        phone.backend.on("GET", "/api/v1/sync", 200, Fixtures.syncPage("cursor-" + changes.hashCode(), changes));
    }

    private static List<Long> triggerTimes(List<ShadowAlarmManager.ScheduledAlarm> alarms) {
        List<Long> out = new ArrayList<>();
        for (ShadowAlarmManager.ScheduledAlarm alarm : alarms) {
            out.add(alarm.getTriggerAtMs());
        }
        out.sort(null);
        return out;
    }

    public static PendingIntent firstAlarm(AlarmManager alarmManager) {
        return shadowOf(alarmManager).peekNextScheduledAlarm().operation;
    }
}
