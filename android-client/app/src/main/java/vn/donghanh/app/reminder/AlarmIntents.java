package vn.donghanh.app.reminder;

import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import vn.donghanh.client.reminder.PlannedAlarm;

/**
 * A planned alarm carried in an Intent (AlarmManager → receiver → notification action → receiver).
 * The data URI names the alarm's key, so each alarm has its own PendingIntent and cancelling one
 * never touches another.
 */
final class AlarmIntents {
    static final String ACTION_REMIND = "vn.donghanh.app.action.REMIND";
    static final String ACTION_ACKNOWLEDGE = "vn.donghanh.app.action.ACKNOWLEDGE_REMINDER";

    private AlarmIntents() {}

    static Intent forAlarm(Context context, Class<?> receiver, String action, PlannedAlarm alarm) {
        Intent intent = new Intent(context, receiver)
                .setAction(action)
                .setData(Uri.fromParts("donghanh-alarm", alarm.key, null));
        intent.putExtra("occurrenceId", alarm.occurrenceId);
        intent.putExtra("caseId", alarm.caseId);
        intent.putExtra("appointmentType", alarm.appointmentType);
        intent.putExtra("offsetMinutes", alarm.offsetMinutes);
        intent.putExtra("startsAt", alarm.startsAtMillis);
        intent.putExtra("triggerAt", alarm.triggerAtMillis);
        intent.putExtra("titleKey", alarm.titleKey);
        intent.putExtra("bodyKey", alarm.bodyKey);
        intent.putExtra("timeText", alarm.timeText);
        return intent;
    }

    static PlannedAlarm alarmOf(Intent intent) {
        return new PlannedAlarm(
                intent.getStringExtra("occurrenceId"),
                intent.getStringExtra("caseId"),
                intent.getStringExtra("appointmentType"),
                intent.getLongExtra("offsetMinutes", 0),
                intent.getLongExtra("startsAt", 0),
                intent.getLongExtra("triggerAt", 0),
                intent.getStringExtra("titleKey"),
                intent.getStringExtra("bodyKey"),
                intent.getStringExtra("timeText"));
    }
}
