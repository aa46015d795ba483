package vn.donghanh.app.push;

import org.json.JSONObject;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.client.model.Json;

/**
 * Registers the FCM token for the signed-in account (RegisterDevice in api-spec/openapi.yaml).
 * Also call it after each sign-in with FirebaseMessaging.getInstance().getToken(): a token
 * belongs to whoever registered it last, so a shared phone pushes only to the current account.
 * Not compiled by the Maven build (see DongHanhMessagingService).
 */
final class DeviceRegistration {
    private DeviceRegistration() {}

    /** Blocking; on the app's background thread. Signed out or offline: the next sign-in registers again. */
    static void register(DongHanhApp app, String token) {
        if (app.client().auth().current() == null) {
            return;
        }
        JSONObject body = new JSONObject();
        Json.put(body, "token", token);
        Json.put(body, "platform", "ANDROID");
        try {
            app.client().api().client().post("/api/v1/me/devices", body);
        } catch (Exception notNow) {
            // Retried at the next token refresh or sign-in; local alarms and sync do not depend on it.
        }
    }
}
