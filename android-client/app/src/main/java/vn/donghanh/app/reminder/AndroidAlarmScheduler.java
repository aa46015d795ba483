package vn.donghanh.app.reminder;

import android.annotation.TargetApi;
import android.app.AlarmManager;
import android.app.PendingIntent;
import android.content.Context;
import android.os.Build;
import java.util.List;
import vn.donghanh.app.storage.AlarmTable;
import vn.donghanh.client.reminder.AlarmScheduler;
import vn.donghanh.client.reminder.PlannedAlarm;

/**
 * Core's AlarmScheduler on AlarmManager. What is set is remembered in SQLite, so core's
 * AlarmCoordinator only touches alarms that changed. Exact alarms when allowed; on Android 12+
 * without the "Alarms & reminders" permission an inexact alarm that still fires in Doze.
 */
public final class AndroidAlarmScheduler implements AlarmScheduler {
    private final Context context;
    private final AlarmTable scheduled;

    public AndroidAlarmScheduler(Context context, AlarmTable scheduled) {
        this.context = context.getApplicationContext();
        this.scheduled = scheduled;
    }

    @Override
    public List<PlannedAlarm> scheduled() {
        return scheduled.alarms();
    }

    @Override
    public void schedule(PlannedAlarm alarm) {
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        PendingIntent operation = pendingIntent(alarm);
        if (mayUseExactAlarms(alarms)) {
            alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, alarm.triggerAtMillis, operation);
        } else {
            alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, alarm.triggerAtMillis, operation);
        }
        scheduled.put(alarm, null);
    }

    @Override
    public void cancel(PlannedAlarm alarm) {
        context.getSystemService(AlarmManager.class).cancel(pendingIntent(alarm));
        scheduled.remove(alarm.key);
    }

    /**
     * After a reboot AlarmManager holds nothing, whatever the table says: forget the table so the
     * next re-plan sets every alarm again.
     */
    public void forgetAll() {
        scheduled.clear();
    }

    private PendingIntent pendingIntent(PlannedAlarm alarm) {
        return PendingIntent.getBroadcast(
                context,
                alarm.requestCode,
                AlarmIntents.forAlarm(context, ReminderAlarmReceiver.class, AlarmIntents.ACTION_REMIND, alarm),
                PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
    }

    /** Exact alarms need no permission before Android 12; from 12 on the user may deny them. */
    public static boolean mayUseExactAlarms(AlarmManager alarms) {
        return Build.VERSION.SDK_INT < Build.VERSION_CODES.S || canScheduleExact(alarms);
    }

    @TargetApi(Build.VERSION_CODES.S)
    private static boolean canScheduleExact(AlarmManager alarms) {
        return alarms.canScheduleExactAlarms();
    }
}
