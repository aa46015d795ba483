package vn.donghanh.app.sync;

import android.app.Notification;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.content.SharedPreferences;
import java.util.HashSet;
import java.util.Set;
import vn.donghanh.app.R;
import vn.donghanh.app.mentor.AlertsActivity;
import vn.donghanh.app.reminder.NotificationChannels;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.HelpRequest;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;

/**
 * Without push (Firebase is not in this build) a mentor or officer would see a help request only
 * when opening the app. After each background sync, an unread help request not announced before
 * gets one local notification. Its text says nothing about who or why (it may show on a lock screen).
 */
public final class HelpRequestNotifier {
    static final int NOTIFICATION_ID = 2001;
    private static final String PREFS = "help_requests_announced";
    private static final String KEY_IDS = "ids";

    private HelpRequestNotifier() {}

    /** Blocking (SQLite): on the background thread, after a sync. */
    static void announceNew(Context context, DongHanhClient client) {
        Session session = client.auth().current();
        if (session == null || session.account.role == Role.PERSON) {
            return;
        }
        SharedPreferences prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        Set<String> announced = prefs.getStringSet(KEY_IDS, new HashSet<String>());
        Set<String> unread = new HashSet<>();
        for (vn.donghanh.client.model.Notification n : client.records().notifications()) {
            // The same kinds core's AlertsPresenter lists as help requests.
            if (n.readAtMillis == null && ("HELP_REQUESTED".equals(n.kind) || "HELP_ESCALATED".equals(n.kind))) {
                unread.add(n.subjectId == null ? n.id : n.subjectId);
            }
        }
        for (HelpRequest h : client.records().helpRequests(null)) {
            if (h.isWaitingForAnswer()) {
                unread.add(h.id);
            }
        }
        if (!announced.containsAll(unread)) {
            context.getSystemService(NotificationManager.class).notify(NOTIFICATION_ID, build(context));
        }
        // Only ids still unread are kept, so the set stays as small as the inbox.
        prefs.edit().putStringSet(KEY_IDS, unread).apply();
    }

    /** On sign-out: the next account starts with nothing announced. */
    public static void forget(Context context) {
        context.getSharedPreferences(PREFS, Context.MODE_PRIVATE).edit().clear().commit();
    }

    /** What is posted: neither the private nor the lock-screen version names anyone or says why. */
    static Notification build(Context context) {
        PendingIntent open = PendingIntent.getActivity(
                context,
                NOTIFICATION_ID,
                new Intent(context, AlertsActivity.class).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK),
                PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
        return NotificationChannels.builder(context, NotificationChannels.ALERTS)
                .setSmallIcon(R.drawable.ic_notification)
                .setContentTitle(context.getString(R.string.app_name))
                .setContentText(context.getString(R.string.help_notification_text))
                .setCategory(Notification.CATEGORY_MESSAGE)
                .setVisibility(Notification.VISIBILITY_PRIVATE)
                // Shown on a locked screen instead: not even that someone needs help (phones are shared).
                .setPublicVersion(NotificationChannels.builder(context, NotificationChannels.ALERTS)
                        .setSmallIcon(R.drawable.ic_notification)
                        .setContentTitle(context.getString(R.string.app_name))
                        .setContentText(context.getString(R.string.mentor_notification_public))
                        .build())
                .setAutoCancel(true)
                .setContentIntent(open)
                .build();
    }
}
