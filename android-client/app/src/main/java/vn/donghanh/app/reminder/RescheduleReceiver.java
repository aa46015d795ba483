package vn.donghanh.app.reminder;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.client.DongHanhClient;

/**
 * AlarmManager forgets everything on reboot, and an app update or a change of the exact-alarm
 * permission (Android 12+) invalidates what was set: set every alarm again from the synced
 * appointments, with no network needed.
 */
public final class RescheduleReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        final DongHanhApp app = DongHanhApp.from(context);
        final PendingResult pending = goAsync();
        app.runInBackground(() -> {
            try {
                DongHanhClient client = app.client();
                if (client.alarms() != null) {
                    app.alarmScheduler().forgetAll();
                    client.alarms().replan();
                }
            } finally {
                pending.finish();
            }
        });
    }
}
