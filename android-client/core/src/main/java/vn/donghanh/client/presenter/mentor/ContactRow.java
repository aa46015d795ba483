package vn.donghanh.client.presenter.mentor;

import java.util.List;

/** A logged contact; {@code sent} false while it waits in the outbox (show "chưa gửi"). */
public final class ContactRow {
    public final String id;
    /** ContactType name. */
    public final String type;

    public final long occurredAtMillis;
    public final String summary;
    public final List<String> concerns;
    public final boolean followUpNeeded;
    public final boolean sent;
    /** The server refused it for good (only when not sent). */
    public final boolean failed;

    public ContactRow(
            String id,
            String type,
            long occurredAtMillis,
            String summary,
            List<String> concerns,
            boolean followUpNeeded,
            boolean sent,
            boolean failed) {
        this.id = id;
        this.type = type;
        this.occurredAtMillis = occurredAtMillis;
        this.summary = summary;
        this.concerns = concerns;
        this.followUpNeeded = followUpNeeded;
        this.sent = sent;
        this.failed = failed;
    }
}
