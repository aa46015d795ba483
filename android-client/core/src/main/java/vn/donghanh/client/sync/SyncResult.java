package vn.donghanh.client.sync;

import vn.donghanh.client.outbox.FlushResult;

/** What one sync did: the outbox flush, then the pull. */
public final class SyncResult {
    public final FlushResult flush;
    public final int pages;
    public final int changes;

    public SyncResult(FlushResult flush, int pages, int changes) {
        this.flush = flush;
        this.pages = pages;
        this.changes = changes;
    }
}
