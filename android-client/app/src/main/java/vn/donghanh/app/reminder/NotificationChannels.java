package vn.donghanh.app.reminder;

import android.annotation.TargetApi;
import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.content.Context;
import android.os.Build;
import vn.donghanh.app.R;

/** Notification channels exist from Android 8 (API 26); below that the builder ignores the id. */
public final class NotificationChannels {
    public static final String REMINDERS = "reminders";
    /** Help requests and missed check-ins, for mentors and officers. */
    public static final String ALERTS = "alerts";

    private NotificationChannels() {}

    public static void create(Context context) {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.O) {
            createChannels(context);
        }
    }

    /** A builder on one of the channels above, on every API level. */
    @SuppressWarnings("deprecation")
    public static Notification.Builder builder(Context context, String channel) {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.O) {
            return builderOnChannel(context, channel);
        }
        return new Notification.Builder(context).setPriority(Notification.PRIORITY_HIGH);
    }

    @TargetApi(Build.VERSION_CODES.O)
    private static void createChannels(Context context) {
        NotificationChannel reminders = new NotificationChannel(
                REMINDERS, context.getString(R.string.channel_reminders), NotificationManager.IMPORTANCE_HIGH);
        reminders.setDescription(context.getString(R.string.channel_reminders_description));
        // The channel itself keeps details off the lock screen; each notification also has a neutral public version.
        reminders.setLockscreenVisibility(Notification.VISIBILITY_PRIVATE);
        NotificationChannel alerts = new NotificationChannel(
                ALERTS, context.getString(R.string.channel_alerts), NotificationManager.IMPORTANCE_HIGH);
        alerts.setLockscreenVisibility(Notification.VISIBILITY_PRIVATE);
        NotificationManager manager = context.getSystemService(NotificationManager.class);
        manager.createNotificationChannel(reminders);
        manager.createNotificationChannel(alerts);
    }

    @TargetApi(Build.VERSION_CODES.O)
    private static Notification.Builder builderOnChannel(Context context, String channel) {
        return new Notification.Builder(context, channel);
    }
}
