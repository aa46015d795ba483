package vn.donghanh.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Push through Firebase ({@code donghanh.push.*}); without credentials notifications stay in the inbox. */
@ConfigurationProperties("donghanh.push")
public class PushSettings {
    /** A Firebase service-account JSON file; empty: push is disabled. */
    private String firebaseCredentials = "";
    /** Only for tests: a base address that receives every FCM request instead of Google. */
    private String fcmEndpoint = "";

    public String getFirebaseCredentials() {
        return firebaseCredentials;
    }

    public void setFirebaseCredentials(String firebaseCredentials) {
        this.firebaseCredentials = firebaseCredentials;
    }

    public String getFcmEndpoint() {
        return fcmEndpoint;
    }

    public void setFcmEndpoint(String fcmEndpoint) {
        this.fcmEndpoint = fcmEndpoint;
    }
}
