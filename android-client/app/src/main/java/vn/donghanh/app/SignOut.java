package vn.donghanh.app;

import android.app.NotificationManager;
import android.content.Context;
import vn.donghanh.app.sync.HelpRequestNotifier;
import vn.donghanh.app.sync.SyncScheduler;

/**
 * The Android side of signing out, beside core's DongHanhClient.signOut() (which revokes the
 * session, forgets the synced data and cancels the alarms): no sync jobs, no reminder waiting
 * for an answer, no help request remembered as announced, no saved data copy, no notification left on the screen, no app lock.
 */
public final class SignOut {
    private SignOut() {}

    /** Blocking (SQLite): call on the background thread. */
    public static void forgetOnThisPhone(Context context) {
        DongHanhApp app = DongHanhApp.from(context);
        SyncScheduler.cancelAll(context);
        HelpRequestNotifier.forget(context);
        app.pendingAcknowledgements().clear();
        // The app lock belongs to the account that set it.
        app.appLock().clear();
        // The person's downloaded data copies are their record: they do not outlive the session.
        vn.donghanh.app.person.SavedCopies.forget(context);
        context.getSystemService(NotificationManager.class).cancelAll();
    }
}
