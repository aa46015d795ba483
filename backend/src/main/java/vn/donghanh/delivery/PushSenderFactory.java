package vn.donghanh.delivery;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Push through Firebase when a service-account file is configured
 * ({@code DONGHANH_FIREBASE_CREDENTIALS}); otherwise a sender that delivers nothing, so
 * notifications stay in the inbox only, which is said loudly at startup. With
 * {@code donghanh.push.fcm-endpoint} set, every FCM request goes to that base address instead of
 * Google (path and query kept): a local FCM stand-in for crash and load tests of a whole service
 * process. The OAuth token comes from the service account's own token_uri.
 */
@Factory
public class PushSenderFactory {
    private static final Logger LOG = LoggerFactory.getLogger(PushSenderFactory.class);

    // Created at startup, so the log says at once whether push is on.
    @Context
    PushSender pushSender(PushSettings settings) {
        String credentialsFile = settings.getFirebaseCredentials();
        String fcmEndpoint = settings.getFcmEndpoint();
        if (credentialsFile == null || credentialsFile.isBlank()) {
            LOG.warn(
                    "Push is disabled: no DONGHANH_FIREBASE_CREDENTIALS; notifications are delivered to the in-app inbox only");
            return new InboxOnlyPushSender();
        }
        try (InputStream in = new FileInputStream(credentialsFile)) {
            FirebaseOptions.Builder options =
                    FirebaseOptions.builder().setCredentials(GoogleCredentials.fromStream(in));
            if (fcmEndpoint != null && !fcmEndpoint.isBlank()) {
                LOG.warn(
                        "Push goes to a stand-in at {}, not to Firebase: donghanh.push.fcm-endpoint is set",
                        fcmEndpoint);
                options.setHttpTransport(redirectedTo(fcmEndpoint));
            } else {
                LOG.info("Push through Firebase Cloud Messaging is enabled");
            }
            return new FirebasePushSender(FirebaseApp.initializeApp(options.build(), "donghanh"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Firebase service account " + credentialsFile, e);
        }
    }

    /** A transport that sends every request to {@code base} with the path and query the SDK chose. */
    static HttpTransport redirectedTo(String base) {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return new NetHttpTransport.Builder()
                .setConnectionFactory(url -> (HttpURLConnection) new URL(root + url.getFile()).openConnection())
                .build();
    }

    /** Delivers nothing: without credentials the inbox is the only channel. */
    static final class InboxOnlyPushSender implements PushSender {
        @Override
        public Result send(Push push) {
            return new Result(Outcome.FAILED, null, "push disabled");
        }

        @Override
        public boolean delivers() {
            return false;
        }
    }
}
