package vn.donghanh.client.presenter;

import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;

/** Something the user created that the server has not accepted yet, shown marked as unsent. */
public final class UnsentItem {
    public final String id;
    public final OutboxKind kind;
    public final String caseId;
    public final long createdAtMillis;
    /** True when the server refused it for good; the user may retry or discard it. */
    public final boolean failed;

    public final int attempts;

    public UnsentItem(String id, OutboxKind kind, String caseId, long createdAtMillis, boolean failed, int attempts) {
        this.id = id;
        this.kind = kind;
        this.caseId = caseId;
        this.createdAtMillis = createdAtMillis;
        this.failed = failed;
        this.attempts = attempts;
    }

    public static UnsentItem of(OutboxOperation op) {
        return new UnsentItem(
                op.id, op.kind, op.caseId, op.createdAtMillis, op.state != OutboxOperation.State.PENDING, op.attempts);
    }
}
