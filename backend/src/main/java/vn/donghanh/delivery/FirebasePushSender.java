package vn.donghanh.delivery;

import com.google.firebase.FirebaseApp;
import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.AndroidNotification;
import com.google.firebase.messaging.BatchResponse;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.Notification;
import com.google.firebase.messaging.SendResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * FCM HTTP v1 through the Firebase Admin SDK. The notification part is the discreet text only;
 * ids travel in the data part so the app can open the right screen after unlocking. High priority
 * (help) wakes the phone; everything expires after a day, when it would be stale.
 */
public class FirebasePushSender implements PushSender {
    static final Duration TTL = Duration.ofHours(24);
    private final FirebaseMessaging messaging;

    public FirebasePushSender(FirebaseApp app) {
        this.messaging = FirebaseMessaging.getInstance(app);
    }

    @Override
    public Result send(Push push) {
        try {
            messaging.send(message(push));
            return Result.sent();
        } catch (FirebaseMessagingException e) {
            return classify(e);
        }
    }

    /**
     * Up to 500 messages per call through {@code sendEach}, which the SDK sends concurrently: the
     * methadone morning puts tens of thousands of reminders in the same minute.
     */
    @Override
    public List<Result> sendAll(List<Push> pushes) {
        List<Result> out = new ArrayList<>(pushes.size());
        for (int from = 0; from < pushes.size(); from += 500) {
            List<Push> chunk = pushes.subList(from, Math.min(pushes.size(), from + 500));
            try {
                BatchResponse batch = messaging.sendEach(
                        chunk.stream().map(FirebasePushSender::message).toList());
                for (SendResponse r : batch.getResponses()) {
                    out.add(r.isSuccessful() ? Result.sent() : classify(r.getException()));
                }
            } catch (FirebaseMessagingException e) {
                Result failed = classify(e);
                chunk.forEach(p -> out.add(failed));
            }
        }
        return out;
    }

    private static Message message(Push push) {
        Message.Builder message = Message.builder()
                .setToken(push.token())
                .setNotification(Notification.builder()
                        .setTitle(push.title())
                        .setBody(push.body())
                        .build())
                .putData("notificationId", push.notificationId())
                .putData("kind", push.kind())
                .setAndroidConfig(AndroidConfig.builder()
                        .setPriority(push.highPriority() ? AndroidConfig.Priority.HIGH : AndroidConfig.Priority.NORMAL)
                        .setTtl(TTL.toMillis())
                        // The tag makes a redelivered notification replace, not repeat, the one shown.
                        .setNotification(AndroidNotification.builder()
                                .setTag(push.notificationId())
                                .setChannelId(push.highPriority() ? "urgent" : "general")
                                .build())
                        .build());
        if (push.caseId() != null) {
            message.putData("caseId", push.caseId());
        }
        return message.build();
    }

    private static Result classify(FirebaseMessagingException e) {
        MessagingErrorCode code = e.getMessagingErrorCode();
        int status = e.getHttpResponse() == null ? 0 : e.getHttpResponse().getStatusCode();
        if (code == MessagingErrorCode.UNREGISTERED || status == 404) {
            return new Result(Outcome.UNREGISTERED, null, "unregistered");
        }
        if (code == MessagingErrorCode.QUOTA_EXCEEDED
                || code == MessagingErrorCode.UNAVAILABLE
                || code == MessagingErrorCode.INTERNAL
                || status == 429
                || status >= 500) {
            return new Result(Outcome.RETRY, retryAfter(e), "FCM " + status + " " + code);
        }
        return new Result(Outcome.FAILED, null, "FCM " + status + " " + code + ": " + e.getMessage());
    }

    private static Duration retryAfter(FirebaseMessagingException e) {
        if (e.getHttpResponse() == null) {
            return null;
        }
        Object header = e.getHttpResponse().getHeaders().get("retry-after");
        if (header instanceof List<?> list && !list.isEmpty()) {
            header = list.get(0);
        }
        try {
            return header == null
                    ? null
                    : Duration.ofSeconds(Long.parseLong(header.toString().trim()));
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    @Override
    public boolean delivers() {
        return true;
    }
}
