package vn.donghanh.app.sync;

import android.app.NotificationManager;
import android.content.Context;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.SignOut;
import vn.donghanh.app.storage.AlarmTable;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.reminder.PlannedAlarm;

/**
 * The Android side of what core forgets by itself. A case that left the user's scope: core
 * deletes its records, cancels its alarms and marks its queue as unsendable; here its reminder
 * notifications leave the shade and answers kept for its reminders are dropped. A session the
 * server ended for good (deactivated account, revoked tokens): core forgets the session, data and
 * alarms (and a deactivated account's queue); here the same as a sign-out (jobs, notifications,
 * app lock). Called on the thread that synced (blocking SQLite is fine).
 */
public final class LeftScope implements DongHanhClient.ForgetListener {
    private final Context context;

    public LeftScope(Context context) {
        this.context = context.getApplicationContext();
    }

    @Override
    public void onCaseRemoved(String caseId) {
        DongHanhApp app = DongHanhApp.from(context);
        NotificationManager notifications = context.getSystemService(NotificationManager.class);
        // Before core cancels the alarms: their request codes are the reminders' notification ids.
        for (PlannedAlarm alarm : app.alarmScheduler().scheduled()) {
            if (caseId.equals(alarm.caseId)) {
                notifications.cancel(alarm.requestCode);
            }
        }
        for (AlarmTable.Row kept : app.pendingAcknowledgements().all()) {
            if (caseId.equals(kept.alarm.caseId)) {
                app.pendingAcknowledgements().remove(kept.alarm.key);
                notifications.cancel(kept.alarm.requestCode);
            }
        }
    }

    @Override
    public void onSessionEnded() {
        SignOut.forgetOnThisPhone(context);
    }
}
