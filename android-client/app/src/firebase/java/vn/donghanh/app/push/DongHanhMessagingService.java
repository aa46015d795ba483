package vn.donghanh.app.push;

import com.google.firebase.messaging.FirebaseMessagingService;
import com.google.firebase.messaging.RemoteMessage;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.sync.SyncScheduler;

/**
 * Receives FCM pushes. NOT compiled by this Maven build: Firebase Messaging for Android comes
 * only from Google's Maven repository, which these machines cannot reach. A Gradle / Android
 * Studio build adds this source set as a "firebase" product flavour (see ../../../README.md).
 *
 * The push carries nothing sensitive (the backend's texts are discreet); it only says "something
 * changed", so the app syncs and shows what arrived. Without this class the app still works:
 * local alarms ring offline and the sync jobs pull the news.
 */
public final class DongHanhMessagingService extends FirebaseMessagingService {
    @Override
    public void onMessageReceived(RemoteMessage message) {
        SyncScheduler.syncWhenOnline(this);
    }

    /** FCM issued or rotated this phone's token: tell the backend (POST /api/v1/me/devices). */
    @Override
    public void onNewToken(String token) {
        DongHanhApp app = DongHanhApp.from(this);
        app.runInBackground(() -> DeviceRegistration.register(app, token));
    }
}
