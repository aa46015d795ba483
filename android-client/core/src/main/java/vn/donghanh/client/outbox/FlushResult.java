package vn.donghanh.client.outbox;

/** What one flush of the outbox did. */
public final class FlushResult {
    public final int sent;
    public final int failedPermanently;
    /** Items still waiting to be sent after this flush. */
    public final int pending;
    /** The network failed or the server asked to wait; the rest waits for the next attempt. */
    public final boolean interrupted;
    /** The session is gone (refresh refused): the queue waits until someone signs in again. */
    public final boolean needsSignIn;

    public FlushResult(int sent, int failedPermanently, int pending, boolean interrupted, boolean needsSignIn) {
        this.sent = sent;
        this.failedPermanently = failedPermanently;
        this.pending = pending;
        this.interrupted = interrupted;
        this.needsSignIn = needsSignIn;
    }
}
