package vn.donghanh.client.presenter.unsent;

import vn.donghanh.client.outbox.OutboxKind;

/** One item of the signed-in account that the server does not have yet. */
public final class UnsentRow {
    public final String id;
    public final OutboxKind kind;
    public final long createdAtMillis;
    /** True when the server refused it: it will not be sent again unless edited. */
    public final boolean refused;
    /** The server's own words about the refusal (problem+json detail); null unless refused. */
    public final String reason;
    /** How often sending was tried (network failures included). */
    public final int attempts;
    /** The user's text (message, summary, note; "" for an absent note), null when there is none to edit. */
    public final String text;
    /** The text may not be blank (a message, a contact summary). */
    public final boolean textRequired;
    /**
     * True when it can never be sent: its case is no longer the user's ("Hồ sơ này không còn do
     * bạn phụ trách"). Never tried again; the user may only discard it. {@link #refused} is false.
     */
    public final boolean outOfScope;
    /** Whose case it was (for an item that can no longer be sent), when the phone knew; else null. */
    public final String caseName;

    public UnsentRow(
            String id,
            OutboxKind kind,
            long createdAtMillis,
            boolean refused,
            String reason,
            int attempts,
            String text,
            boolean textRequired) {
        this(id, kind, createdAtMillis, refused, reason, attempts, text, textRequired, false, null);
    }

    public UnsentRow(
            String id,
            OutboxKind kind,
            long createdAtMillis,
            boolean refused,
            String reason,
            int attempts,
            String text,
            boolean textRequired,
            boolean outOfScope,
            String caseName) {
        this.outOfScope = outOfScope;
        this.caseName = caseName;
        this.id = id;
        this.kind = kind;
        this.createdAtMillis = createdAtMillis;
        this.refused = refused;
        this.reason = reason;
        this.attempts = attempts;
        this.text = text;
        this.textRequired = textRequired;
    }

    /** Refused items offer Edit & resend when they have a text, and Discard always. */
    public boolean canEdit() {
        return refused && !outOfScope && text != null;
    }

    /** Refused items, and items that can no longer be sent (Discard is all that is left). */
    public boolean canDiscard() {
        return refused || outOfScope;
    }
}
