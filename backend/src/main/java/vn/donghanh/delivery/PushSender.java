package vn.donghanh.delivery;

import java.time.Duration;
import java.util.List;

/** Sends one push message to one device token and says what became of it. */
public interface PushSender {

    /** What the dispatcher needs to decide: done, drop the token, try later (maybe after a delay), or give up. */
    enum Outcome {
        SENT,
        UNREGISTERED,
        RETRY,
        FAILED
    }

    record Result(Outcome outcome, Duration retryAfter, String error) {
        static Result sent() {
            return new Result(Outcome.SENT, null, null);
        }
    }

    record Push(
            String token,
            String title,
            String body,
            boolean highPriority,
            String notificationId,
            String kind,
            String caseId) {}

    Result send(Push push);

    /** Sends many; one result per push, in order. Senders that can send concurrently override it. */
    default List<Result> sendAll(List<Push> pushes) {
        return pushes.stream().map(this::send).toList();
    }

    /** False for the stand-in used when no Firebase credentials are configured. */
    boolean delivers();
}
