package vn.donghanh.client.sync;

import vn.donghanh.client.outbox.FlushResult;

/** What one sync did: the outbox flush, then the pull. */
public final class SyncResult {
    public final FlushResult flush;
    public final int pages;
    public final int changes;
    /** Cases the feed removed from the phone (they left the user's scope), in feed order. */
    public final java.util.List<String> removedCaseIds;

    public SyncResult(FlushResult flush, int pages, int changes) {
        this(flush, pages, changes, java.util.Collections.<String>emptyList());
    }

    public SyncResult(FlushResult flush, int pages, int changes, java.util.List<String> removedCaseIds) {
        this.flush = flush;
        this.pages = pages;
        this.changes = changes;
        this.removedCaseIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(removedCaseIds));
    }
}
