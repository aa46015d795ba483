package vn.donghanh.client.outbox;

/** What one flush of the outbox did. */
public final class FlushResult {
    public final int sent;
    public final int failedPermanently;
    /**
     * Of {@link #failedPermanently}, refused because the case is gone or no longer visible to the
     * account (404/410 on the case's own path): marked OUT_OF_SCOPE, never tried again.
     */
    public final int outOfScope;
    /** Items still waiting to be sent after this flush. */
    public final int pending;
    /** The network failed or the server asked to wait; the rest waits for the next attempt. */
    public final boolean interrupted;
    /** The session is gone (refresh refused): the queue waits until someone signs in again. */
    public final boolean needsSignIn;

    public FlushResult(int sent, int failedPermanently, int pending, boolean interrupted, boolean needsSignIn) {
        this(sent, failedPermanently, 0, pending, interrupted, needsSignIn);
    }

    public FlushResult(
            int sent, int failedPermanently, int outOfScope, int pending, boolean interrupted, boolean needsSignIn) {
        this.sent = sent;
        this.failedPermanently = failedPermanently;
        this.outOfScope = outOfScope;
        this.pending = pending;
        this.interrupted = interrupted;
        this.needsSignIn = needsSignIn;
    }
}
