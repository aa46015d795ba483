package vn.donghanh.delivery.sms;

import java.time.Duration;
import java.util.List;

/**
 * Sends one text message to one phone and says what became of it, like
 * {@link vn.donghanh.delivery.PushSender} does for devices: for people who have only a feature
 * phone, SMS is their channel besides the in-app inbox (which they reach from a shared phone or a
 * supervisor's).
 */
public interface SmsSender extends AutoCloseable {

    /** What the dispatcher needs to decide: done, try later (maybe after a delay), or give up. */
    enum Outcome {
        SENT,
        RETRY,
        FAILED
    }

    /**
     * @param messageIds the SMSC's id for every part (one for a short text, one per part for a
     *                   concatenated one); empty unless SENT
     * @param retryAfter how long to wait before the next attempt when RETRY, or null for the
     *                   dispatcher's own backoff
     * @param error      why it was not SENT, for the outbox row and the logs
     */
    record Result(Outcome outcome, List<String> messageIds, Duration retryAfter, String error) {
        public Result {
            messageIds = messageIds == null ? List.of() : List.copyOf(messageIds);
        }

        public static Result sent(List<String> messageIds) {
            return new Result(Outcome.SENT, messageIds, null, null);
        }

        public static Result retry(Duration retryAfter, String error) {
            return new Result(Outcome.RETRY, List.of(), retryAfter, error);
        }

        public static Result failed(String error) {
            return new Result(Outcome.FAILED, List.of(), null, error);
        }
    }

    /**
     * @param phone     as stored (e.g. {@code 0912345678} or {@code +84 912 345 678})
     * @param text      the discreet text, already in the person's language
     * @param dedupeKey the outbox row's key, for logs; SMPP itself has no idempotency
     */
    record Sms(String phone, String text, String dedupeKey) {}

    Result send(Sms sms);

    /** False for the stand-in used when no SMSC is configured. */
    boolean delivers();

    /** Releases the SMSC connection, if any; the bean's pre-destroy hook. */
    @Override
    default void close() {}
}
