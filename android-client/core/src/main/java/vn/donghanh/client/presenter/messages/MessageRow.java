package vn.donghanh.client.presenter.messages;

/** One message in a conversation; {@code sent} false while it waits in the outbox. */
public final class MessageRow {
    public final String id;
    public final String body;
    public final boolean mine;
    public final long timeMillis;
    public final boolean sent;
    public final boolean failed;
    public final boolean read;

    public MessageRow(
            String id, String body, boolean mine, long timeMillis, boolean sent, boolean failed, boolean read) {
        this.id = id;
        this.body = body;
        this.mine = mine;
        this.timeMillis = timeMillis;
        this.sent = sent;
        this.failed = failed;
        this.read = read;
    }
}
