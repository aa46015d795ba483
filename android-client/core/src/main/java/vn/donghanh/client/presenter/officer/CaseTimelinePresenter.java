package vn.donghanh.client.presenter.officer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.TimelineEntry;
import vn.donghanh.client.presenter.Presenter;
import vn.donghanh.client.sync.Snapshots;

/**
 * A case's timeline (officer, mentor for a mentee, or the person for themself). Each online read
 * is kept on the phone (tied to the case, so it goes when the case leaves the user's scope);
 * offline the last copy is shown with its age, or the screen says nothing is stored yet.
 */
public final class CaseTimelinePresenter extends Presenter<CaseTimelineView> {
    static final String TIMELINE = "TIMELINE";

    private final String caseId;

    public CaseTimelinePresenter(CaseTimelineView view, DongHanhClient client, String caseId) {
        super(view, client);
        this.caseId = caseId;
    }

    public void start() {
        load(
                () -> {
                    try {
                        List<TimelineEntry> entries = client.api().timeline(caseId);
                        JSONArray copy = new JSONArray();
                        for (TimelineEntry e : entries) {
                            copy.put(e.toJson());
                        }
                        client.snapshots()
                                .save(
                                        TIMELINE,
                                        caseId,
                                        caseId,
                                        copy.toString(),
                                        client.clock().nowMillis());
                        return new CaseTimelineModel(rows(entries), false, null);
                    } catch (IOException noNetwork) {
                        Snapshots.Snapshot s = client.snapshots().load(TIMELINE, caseId);
                        if (s == null) {
                            return new CaseTimelineModel(null, true, null);
                        }
                        return new CaseTimelineModel(
                                rows(Json.list(Json.parseArray(s.json), TimelineEntry::from)),
                                true,
                                StoredCopy.of(s.savedAtMillis, client.clock().nowMillis(), client.zone()));
                    }
                },
                CaseTimelineView::render);
    }

    static List<TimelineRow> rows(List<TimelineEntry> entries) {
        List<TimelineRow> rows = new ArrayList<>();
        for (TimelineEntry e : entries) {
            // For (un)assignments the server puts the mentor concerned in "reason": it names who
            // the event is about; for the rest it is the officer's reason.
            boolean aboutMentor = "MENTOR_ASSIGNED".equals(e.type) || "MENTOR_UNASSIGNED".equals(e.type);
            rows.add(new TimelineRow(
                    e.type,
                    e.fromStatus,
                    e.toStatus,
                    aboutMentor ? blankToNull(e.reason) : null,
                    aboutMentor ? null : blankToNull(e.reason),
                    e.actorName,
                    e.occurredAtMillis));
        }
        return rows;
    }

    private static String blankToNull(String s) {
        return s == null || s.trim().isEmpty() ? null : s;
    }
}
