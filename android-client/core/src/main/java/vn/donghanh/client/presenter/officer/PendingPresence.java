package vn.donghanh.client.presenter.officer;

/**
 * Office presence asked about or just recorded: who, when, and (once queued) the outbox item the
 * officer may still undo until {@link #undoUntilMillis}.
 */
public final class PendingPresence {
    /** The outbox item; null while only asking for confirmation. */
    public final String outboxId;

    public final String caseId;
    public final String fullName;
    /** The moment recorded as the presence (now, when asked or recorded). */
    public final long atMillis;
    /** Undo is offered until then; 0 while only asking. */
    public final long undoUntilMillis;

    public PendingPresence(String outboxId, String caseId, String fullName, long atMillis, long undoUntilMillis) {
        this.outboxId = outboxId;
        this.caseId = caseId;
        this.fullName = fullName;
        this.atMillis = atMillis;
        this.undoUntilMillis = undoUntilMillis;
    }
}
