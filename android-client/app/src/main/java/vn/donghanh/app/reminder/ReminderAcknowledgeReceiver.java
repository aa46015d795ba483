package vn.donghanh.app.reminder;

import android.app.NotificationManager;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.storage.AlarmTable;
import vn.donghanh.client.reminder.PlannedAlarm;

/**
 * "Tôi sẽ đến" tapped on a reminder: the answer goes to core's outbox (SQLite) on the background
 * thread, the notification goes away, and the outbox listener asks for a sync when online.
 */
public final class ReminderAcknowledgeReceiver extends BroadcastReceiver {
    static final String EXTRA_RESPONSE = "response";

    @Override
    public void onReceive(Context context, Intent intent) {
        final PlannedAlarm alarm = AlarmIntents.alarmOf(intent);
        final String response = intent.getStringExtra(EXTRA_RESPONSE);
        final DongHanhApp app = DongHanhApp.from(context);
        final PendingResult pending = goAsync();
        context.getSystemService(NotificationManager.class).cancel(alarm.requestCode);
        app.runInBackground(() -> {
            try {
                PendingAcknowledgements.answer(app, app.client(), new AlarmTable.Row(alarm, response));
            } finally {
                pending.finish();
            }
        });
    }
}
