package vn.donghanh.client.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;
import vn.donghanh.client.api.ApiException;
import vn.donghanh.client.api.DongHanhApi;
import vn.donghanh.client.api.NotSignedInException;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.outbox.FlushResult;
import vn.donghanh.client.outbox.OutboxFlusher;
import vn.donghanh.client.store.StoredRecord;
import vn.donghanh.client.store.SyncStore;

/**
 * AntennaPod-style sync: first push the outbox, then pull {@code GET /api/v1/sync} page by page
 * until {@code hasMore} is false. Each page's records and its cursor are stored together, so an
 * interrupted sync resumes where it stopped; changes are upserts, so a page seen twice is harmless.
 *
 * <p>Without a cursor the server answers with a snapshot of what the user may see now; its last page's cursor
 * goes on incrementally. A cursor older than the server keeps changes for is refused (410 resync-required): the
 * engine then clears the synced records and cursor (never the outbox) and pulls a snapshot again.
 *
 * <p>A removal entry (the case left the user's scope) deletes the case's records in its page's
 * transaction and leaves a mark ({@link RemovedCases}) so list copies leave the case out; once
 * the page is stored, the {@link RemovalListener} hears of it (the client cancels the case's
 * alarms and marks its queued items as no longer sendable).
 */
public final class SyncEngine {
    /** Guards against a server that never says hasMore=false. */
    private static final int MAX_PAGES = 1000;

    private final DongHanhApi api;
    private final SyncStore store;
    private final OutboxFlusher flusher;
    private final int pageSize;
    private volatile RemovalListener removals;

    /** Told, after the page that removed it was stored, of each case that left the phone. */
    public interface RemovalListener {
        void onCaseRemoved(String caseId);
    }

    public void setRemovalListener(RemovalListener listener) {
        this.removals = listener;
    }

    public SyncEngine(DongHanhApi api, SyncStore store, OutboxFlusher flusher, int pageSize) {
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("pageSize must be 1..500");
        }
        this.api = api;
        this.store = store;
        this.flusher = flusher;
        this.pageSize = pageSize;
    }

    /** Flushes (ignoring backoff when {@code force}), then pulls everything new. */
    public synchronized SyncResult sync(boolean force) throws IOException, ApiException {
        FlushResult flush = flusher.flush(force);
        if (flush.needsSignIn) {
            throw new NotSignedInException();
        }
        int pages = 0;
        int changes = 0;
        List<String> removed = new ArrayList<>();
        boolean hasMore = true;
        boolean restarted = false;
        while (hasMore) {
            if (++pages > MAX_PAGES) {
                throw new IllegalStateException("sync feed did not end after " + MAX_PAGES + " pages");
            }
            String cursor = store.cursor();
            JSONObject page;
            try {
                page = api.syncPage(cursor, pageSize);
            } catch (ApiException e) {
                if (!isResyncRequired(e) || cursor == null || restarted) {
                    throw e;
                }
                // The server no longer keeps the changes since this phone last synced: forget what the feed
                // delivered (not the outbox: what the user has yet to send stays queued) and start again from a
                // snapshot. Once per sync: a second refusal is the server's problem, not a loop.
                store.clear();
                restarted = true;
                continue;
            }
            List<StoredRecord> records = toRecords(page);
            String next = Json.string(page, "cursor");
            store.applyPage(withRemovalMarks(records), next == null ? cursor : next);
            changes += records.size();
            for (String caseId : RemovedCases.of(records)) {
                removed.add(caseId);
                RemovalListener listener = removals;
                if (listener != null) {
                    listener.onCaseRemoved(caseId);
                }
            }
            hasMore = Json.bool(page, "hasMore");
            if (hasMore && (next == null || next.equals(cursor))) {
                throw new IllegalStateException("sync feed says hasMore but the cursor did not move");
            }
        }
        return new SyncResult(flush, pages, changes, removed);
    }

    /**
     * The page plus, after each removal, the mark that hides the case from list copies, and before
     * a case that comes back, the lifting of its mark: stored in the page's one transaction.
     */
    private List<StoredRecord> withRemovalMarks(List<StoredRecord> records) {
        List<StoredRecord> out = new ArrayList<>();
        for (StoredRecord r : records) {
            if (SyncStore.REMOVED.equals(r.type)) {
                out.add(r);
                if (r.caseId != null) {
                    // Read before the page deletes it: whose case it was, for the unsent list.
                    StoredRecord known = store.record(RecordType.CASE.name(), r.caseId);
                    String name = known == null ? null : Json.string(Json.parse(known.json), "fullName");
                    out.add(RemovedCases.mark(r.caseId, name));
                }
                continue;
            }
            if (RecordType.CASE.name().equals(r.type) && RemovedCases.isRemoved(store, r.id)) {
                out.add(RemovedCases.lift(r.id));
            }
            out.add(r);
        }
        return out;
    }

    /** The feed's 410: the phone's cursor is older than the server's change log (problem type resync-required). */
    static boolean isResyncRequired(ApiException e) {
        return e.status == 410 && (e.problemType == null || e.problemType.endsWith("resync-required"));
    }

    static List<StoredRecord> toRecords(JSONObject page) {
        List<StoredRecord> out = new ArrayList<>();
        for (JSONObject change : Json.objects(page.optJSONArray("changes"))) {
            String type = Json.string(change, "type");
            String id = Json.string(change, "id");
            if (type == null || id == null) {
                continue;
            }
            if (RecordType.REMOVED.name().equals(type)) {
                String caseId = Json.string(change, "caseId");
                out.add(new StoredRecord(SyncStore.REMOVED, id, caseId == null ? id : caseId, "{}"));
                continue;
            }
            JSONObject body = Json.object(change, typedProperty(type));
            out.add(new StoredRecord(
                    type, id, Json.string(change, "caseId"), (body == null ? change : body).toString()));
        }
        return out;
    }

    private static String typedProperty(String type) {
        try {
            return RecordType.valueOf(type).property();
        } catch (IllegalArgumentException newerServer) {
            // A type this version does not know: keep the whole change, a later version may use it.
            return type.toLowerCase(java.util.Locale.ROOT);
        }
    }
}
