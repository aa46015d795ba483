package vn.donghanh.sync;

import vn.donghanh.security.Caller;

/**
 * In-process, what a phone does on its first sync: pages from an empty cursor until {@code hasMore} is false
 * (the snapshot, then the feed's first incremental cursor). For benchmarks and tests; the phones use the API.
 */
public record FirstSync(int pages, int changes, String cursor) {
    /** Guards against a feed that never ends, as the phone's sync engine does. */
    private static final int MAX_PAGES = 100_000;

    public static FirstSync of(SyncFeed feed, Caller caller, int limit) {
        String cursor = null;
        int changes = 0;
        for (int pages = 1; pages <= MAX_PAGES; pages++) {
            SyncModels.SyncPage page = feed.page(caller, cursor, limit);
            changes += page.changes().size();
            cursor = page.cursor();
            if (!page.hasMore()) {
                return new FirstSync(pages, changes, cursor);
            }
        }
        throw new IllegalStateException("the feed did not end after " + MAX_PAGES + " pages");
    }
}
