package vn.donghanh.client.presenter.mentor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Opportunity;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.presenter.Presenter;
import vn.donghanh.client.sync.Snapshots;

/**
 * Refer a mentee to an open job or course: GET /api/v1/opportunities (the mentor's area, nearest
 * first; kept as a snapshot for offline), then createReferral through the outbox (the client
 * chooses the referral id, so a resend is the same referral).
 */
public final class ReferralPresenter extends Presenter<ReferralView> {
    static final String OPPORTUNITIES = "MENTOR_OPPORTUNITIES";
    static final String REFERRED = "MENTOR_REFERRED";

    private final String caseId;
    private volatile List<OpportunityRow> shown = new ArrayList<>();

    public ReferralPresenter(ReferralView view, DongHanhClient client, String caseId) {
        super(view, client);
        this.caseId = caseId;
    }

    public void start() {
        load(this::model, (view, model) -> {
            shown = model.opportunities;
            view.render(model);
        });
    }

    public void select(String opportunityId) {
        OpportunityRow row = row(opportunityId);
        if (row != null && view() != null) {
            view().confirmReferral(row);
        }
    }

    /** After the mentor confirmed: queued (works offline), sent at once when possible. */
    public void refer(final String opportunityId, final String note) {
        if (row(opportunityId) == null) {
            return;
        }
        load(
                () -> {
                    String id = client.outbox().queueReferral(caseId, opportunityId, note);
                    client.flusher().flush(true);
                    boolean sent = !client.outbox().isUnsent(id);
                    if (sent) {
                        client.snapshots()
                                .save(
                                        REFERRED,
                                        key(opportunityId),
                                        caseId,
                                        "{}",
                                        client.clock().nowMillis());
                    }
                    return sent;
                },
                (view, sent) -> {
                    view.showReferralSaved(sent);
                    start();
                });
    }

    ReferralModel model() throws Exception {
        boolean offline = false;
        JSONArray raw;
        Long asOf;
        try {
            raw = client.api().client().getArray("/api/v1/opportunities");
            client.snapshots()
                    .save(
                            OPPORTUNITIES,
                            MentorData.KEY,
                            null,
                            raw.toString(),
                            client.clock().nowMillis());
            asOf = client.clock().nowMillis();
        } catch (IOException e) {
            offline = true;
            Snapshots.Snapshot s = client.snapshots().load(OPPORTUNITIES, MentorData.KEY);
            raw = s == null ? new JSONArray() : Json.parseArray(s.json);
            asOf = s == null ? null : s.savedAtMillis;
        }
        List<OpportunityRow> rows = new ArrayList<>();
        for (Opportunity o : Json.list(raw, Opportunity::from)) {
            rows.add(new OpportunityRow(o.id, o.type, o.title, o.providerName, o.place, o.deadline, referred(o.id)));
        }
        return new ReferralModel(rows, offline, asOf);
    }

    private OpportunityRow.Referred referred(String opportunityId) {
        for (OutboxOperation op : client.outbox().unsent(caseId, OutboxKind.REFERRAL)) {
            if (opportunityId.equals(Json.string(op.bodyJson(), "opportunityId"))) {
                return op.state != OutboxOperation.State.PENDING
                        ? OpportunityRow.Referred.FAILED
                        : OpportunityRow.Referred.QUEUED;
            }
        }
        return client.snapshots().load(REFERRED, key(opportunityId)) != null
                ? OpportunityRow.Referred.SENT
                : OpportunityRow.Referred.NO;
    }

    private OpportunityRow row(String opportunityId) {
        for (OpportunityRow r : shown) {
            if (r.id.equals(opportunityId)) {
                return r;
            }
        }
        return null;
    }

    private String key(String opportunityId) {
        return caseId + ":" + opportunityId;
    }
}
