package vn.donghanh.client.presenter.officer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.CommuneSummary;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.OverdueItem;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.presenter.Presenter;
import vn.donghanh.client.sync.Snapshots;

/**
 * Overdue list for the officer's communes, the commune summary, and recording office presence.
 * Both lists are computed on the server; each online read is kept on the phone, so offline the
 * screen shows that last copy with its age (or says nothing is stored yet).
 *
 * <p>Office presence is asked for confirmation, then queued with its first attempt held back for
 * {@link #UNDO_WINDOW_MILLIS}: nothing sends it meanwhile (not even a background sync), "Hoàn tác"
 * drops it, and when the window is over it goes out (or waits for the network).
 */
public final class OfficerHomePresenter extends Presenter<OfficerHomeView> {
    /** How long "Hoàn tác" is offered after recording presence. */
    public static final long UNDO_WINDOW_MILLIS = 10_000L;

    /** The OverdueKind (a PlanKind) that recording presence at the office satisfies. */
    static final String OFFICE_PRESENCE_PLAN = "OFFICE_PRESENCE";

    static final String OVERDUE = "OVERDUE";
    static final String COMMUNE_SUMMARY = "COMMUNE_SUMMARY";
    /** Both lists are the officer's whole scope: one copy each. */
    static final String ALL = "all";

    private volatile List<OverdueItem> overdue;
    private volatile List<CommuneSummary> communes;
    private volatile boolean offline;
    private volatile Long copySavedAt;
    /** The presence that may still be undone (at most one: recording another ends the first's window). */
    private volatile PendingPresence undoable;

    public OfficerHomePresenter(OfficerHomeView view, DongHanhClient client) {
        super(view, client);
    }

    /** Reads both lists online (keeping a copy); offline shows the last copy with its age. */
    public void start() {
        load(
                () -> {
                    client.flusher().flush(false);
                    try {
                        List<OverdueItem> freshOverdue = client.api().overdue();
                        List<CommuneSummary> freshCommunes = client.api().communeSummary();
                        keep(freshOverdue, freshCommunes);
                        overdue = freshOverdue;
                        communes = freshCommunes;
                        offline = false;
                        copySavedAt = null;
                    } catch (IOException noNetwork) {
                        fromCopy();
                    }
                    return build();
                },
                OfficerHomeView::render);
    }

    /** "Có mặt" on a row: ask first, naming the person. Only office-presence rows offer it. */
    public void askToRecordPresence(String caseId) {
        OverdueItem item = item(caseId);
        if (view() != null && item != null && OFFICE_PRESENCE_PLAN.equals(item.kind)) {
            view().confirmPresence(new PendingPresence(
                    null, caseId, item.fullName, client.clock().nowMillis(), 0));
        }
    }

    /** The officer confirmed: queue it held back for the undo window, and offer "Hoàn tác". */
    public void recordPresence(final String caseId) {
        final OverdueItem item = item(caseId);
        final String name = item == null ? null : item.fullName;
        final PendingPresence[] earlier = new PendingPresence[1];
        final boolean[] earlierSent = new boolean[1];
        load(
                () -> {
                    earlier[0] = takeUndoable();
                    if (earlier[0] != null) {
                        earlierSent[0] = release(earlier[0]);
                    }
                    long now = client.clock().nowMillis();
                    String id = client.outbox().queueOfficePresence(caseId, null, UNDO_WINDOW_MILLIS);
                    undoable = new PendingPresence(id, caseId, name, now, now + UNDO_WINDOW_MILLIS);
                    return build();
                },
                (view, model) -> {
                    if (earlier[0] != null) {
                        view.showPresenceSaved(earlier[0], earlierSent[0]);
                    }
                    view.render(model);
                    PendingPresence p = undoable;
                    if (p != null) {
                        view.showUndo(p, UNDO_WINDOW_MILLIS);
                    }
                });
    }

    /** "Hoàn tác": drops the presence unless it already went out. */
    public void undoPresence() {
        final PendingPresence[] taken = new PendingPresence[1];
        final boolean[] undone = new boolean[1];
        load(
                () -> {
                    taken[0] = takeUndoable();
                    undone[0] = taken[0] != null && client.outbox().withdraw(taken[0].outboxId);
                    return build();
                },
                (view, model) -> {
                    view.hideUndo();
                    if (taken[0] != null) {
                        view.showPresenceUndone(taken[0], undone[0]);
                    }
                    view.render(model);
                });
    }

    /**
     * The undo bar timed out or the screen is being left: the presence stands. It is sent now
     * when the network allows, else it waits in the outbox like everything else.
     */
    public void undoWindowOver() {
        final PendingPresence[] taken = new PendingPresence[1];
        final boolean[] sent = new boolean[1];
        load(
                () -> {
                    taken[0] = takeUndoable();
                    if (taken[0] != null) {
                        sent[0] = release(taken[0]);
                    }
                    return build();
                },
                (view, model) -> {
                    view.hideUndo();
                    if (taken[0] != null) {
                        view.showPresenceSaved(taken[0], sent[0]);
                        view.render(model);
                    }
                });
    }

    public void select(String caseId) {
        if (view() != null) {
            view().openCase(caseId);
        }
    }

    private synchronized PendingPresence takeUndoable() {
        PendingPresence p = undoable;
        undoable = null;
        return p;
    }

    /** Ends the hold and tries to send; true when the server has it. */
    private boolean release(PendingPresence p) {
        client.outbox().releaseHold(p.outboxId);
        client.flusher().flush(true);
        return !client.outbox().isUnsent(p.outboxId);
    }

    private void keep(List<OverdueItem> items, List<CommuneSummary> summaries) {
        long now = client.clock().nowMillis();
        JSONArray a = new JSONArray();
        for (OverdueItem i : items) {
            a.put(i.toJson());
        }
        JSONArray c = new JSONArray();
        for (CommuneSummary s : summaries) {
            c.put(s.toJson());
        }
        client.snapshots().save(OVERDUE, ALL, null, a.toString(), now);
        client.snapshots().save(COMMUNE_SUMMARY, ALL, null, c.toString(), now);
    }

    private void fromCopy() {
        Snapshots.Snapshot o = client.snapshots().load(OVERDUE, ALL);
        Snapshots.Snapshot c = client.snapshots().load(COMMUNE_SUMMARY, ALL);
        overdue = o == null ? null : Json.list(Json.parseArray(o.json), OverdueItem::from);
        communes = c == null ? null : Json.list(Json.parseArray(c.json), CommuneSummary::from);
        offline = true;
        Long saved = null;
        if (o != null) {
            saved = o.savedAtMillis;
        }
        if (c != null && (saved == null || c.savedAtMillis < saved)) {
            saved = c.savedAtMillis;
        }
        copySavedAt = saved;
    }

    private OverdueItem item(String caseId) {
        List<OverdueItem> items = overdue;
        if (items != null) {
            for (OverdueItem i : items) {
                if (i.caseId != null && i.caseId.equals(caseId)) {
                    return i;
                }
            }
        }
        return null;
    }

    private OfficerHomeModel build() {
        List<OverdueItem> items = overdue;
        List<OverdueRow> rows = null;
        PendingPresence undo = undoable;
        if (items != null) {
            rows = new ArrayList<>();
            for (OverdueItem i : items) {
                boolean presence = OFFICE_PRESENCE_PLAN.equals(i.kind);
                rows.add(new OverdueRow(
                        i.caseId,
                        i.fullName,
                        i.kind,
                        i.overdueHours / 24,
                        i.overdueHours,
                        presence,
                        presence
                                && !client.outbox()
                                        .unsent(i.caseId, OutboxKind.OFFICE_PRESENCE)
                                        .isEmpty(),
                        undo != null && i.caseId != null && i.caseId.equals(undo.caseId)));
            }
        }
        Long saved = copySavedAt;
        return new OfficerHomeModel(
                rows,
                communes,
                client.outbox().pendingCount() + client.outbox().failedCount(),
                offline,
                saved == null ? null : StoredCopy.of(saved, client.clock().nowMillis(), client.zone()));
    }
}
