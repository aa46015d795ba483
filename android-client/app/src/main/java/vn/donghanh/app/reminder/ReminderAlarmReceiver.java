package vn.donghanh.app.reminder;

import android.app.Notification;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.R;
import vn.donghanh.app.SignInActivity;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.reminder.AlarmText;
import vn.donghanh.client.reminder.PlannedAlarm;

/**
 * An alarm rang: post the reminder. Discreet because the phone may be seen by others: on the lock
 * screen only a neutral public version shows ("Đồng Hành: you have a reminder"); unlocked, the
 * time and what the server's discreetPlace flag allows: "the health facility" when true, the
 * place's name when false, nothing about the place when the server did not say (core's text keys).
 * Without the POST_NOTIFICATIONS permission (Android 13+) the system drops it silently.
 */
public final class ReminderAlarmReceiver extends BroadcastReceiver {
    /** What the "I'll be there" action sends to the server (core: COMING or DONE). */
    static final String RESPONSE_COMING = "COMING";

    @Override
    public void onReceive(Context context, Intent intent) {
        PlannedAlarm alarm = AlarmIntents.alarmOf(intent);
        context.getSystemService(NotificationManager.class).notify(alarm.requestCode, build(context, alarm));
    }

    static Notification build(Context context, PlannedAlarm alarm) {
        return build(context, alarm, AlarmText.namesPlace(alarm.bodyKey) ? placeOf(context, alarm) : null);
    }

    /** The synced appointment's place name, read only when the server allowed naming it. */
    private static String placeOf(Context context, PlannedAlarm alarm) {
        for (AppointmentOccurrence o :
                DongHanhApp.from(context).client().records().appointments(alarm.caseId)) {
            if (o.id != null && o.id.equals(alarm.occurrenceId)) {
                return o.placeName;
            }
        }
        return null;
    }

    /**
     * The reminder: its body says about the place what the server's discreetPlace flag allows
     * (core's text key); the lock screen only ever gets the neutral public version.
     */
    static Notification build(Context context, PlannedAlarm alarm, String placeName) {
        Notification publicVersion = NotificationChannels.builder(context, NotificationChannels.REMINDERS)
                .setSmallIcon(R.drawable.ic_notification)
                .setContentTitle(context.getString(R.string.app_name))
                .setContentText(context.getString(R.string.reminder_public_text))
                .build();
        String body = AlarmTexts.body(context, alarm.bodyKey, alarm.timeText, placeName);
        return NotificationChannels.builder(context, NotificationChannels.REMINDERS)
                .setSmallIcon(R.drawable.ic_notification)
                .setContentTitle(context.getString(AlarmTexts.title(alarm.titleKey)))
                .setContentText(body)
                .setStyle(new Notification.BigTextStyle().bigText(body))
                .setCategory(Notification.CATEGORY_REMINDER)
                .setVisibility(Notification.VISIBILITY_PRIVATE)
                .setPublicVersion(publicVersion)
                .setWhen(alarm.startsAtMillis)
                .setAutoCancel(true)
                .setContentIntent(openApp(context, alarm))
                .addAction(new Notification.Action.Builder(
                                (android.graphics.drawable.Icon) null,
                                context.getString(R.string.reminder_action_coming),
                                acknowledge(context, alarm))
                        .build())
                .build();
    }

    private static PendingIntent openApp(Context context, PlannedAlarm alarm) {
        Intent open = new Intent(context, SignInActivity.class).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK);
        return PendingIntent.getActivity(
                context, alarm.requestCode, open, PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
    }

    private static PendingIntent acknowledge(Context context, PlannedAlarm alarm) {
        Intent intent = AlarmIntents.forAlarm(
                context, ReminderAcknowledgeReceiver.class, AlarmIntents.ACTION_ACKNOWLEDGE, alarm);
        intent.putExtra(ReminderAcknowledgeReceiver.EXTRA_RESPONSE, RESPONSE_COMING);
        return PendingIntent.getBroadcast(
                context, alarm.requestCode, intent, PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
    }
}
