package vn.donghanh.delivery;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Push through Firebase when a service-account file is configured
 * ({@code DONGHANH_FIREBASE_CREDENTIALS}); otherwise a sender that delivers nothing, so
 * notifications stay in the inbox only, which is said loudly at startup.
 */
@Factory
public class PushSenderFactory {
    private static final Logger LOG = LoggerFactory.getLogger(PushSenderFactory.class);

    // Created at startup, so the log says at once whether push is on.
    @Context
    PushSender pushSender(@Value("${donghanh.push.firebase-credentials:}") String credentialsFile) {
        if (credentialsFile == null || credentialsFile.isBlank()) {
            LOG.warn("Push is disabled: no DONGHANH_FIREBASE_CREDENTIALS; notifications are delivered to the in-app inbox only");
            return new InboxOnlyPushSender();
        }
        try (InputStream in = new FileInputStream(credentialsFile)) {
            FirebaseOptions options = FirebaseOptions.builder().setCredentials(GoogleCredentials.fromStream(in)).build();
            LOG.info("Push through Firebase Cloud Messaging is enabled");
            return new FirebasePushSender(FirebaseApp.initializeApp(options, "donghanh"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Firebase service account " + credentialsFile, e);
        }
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
