package vn.donghanh.client.presenter.officer;

import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.presenter.Presenter;

/** A case's timeline (officer, mentor for a mentee, or the person for themself). */
public final class CaseTimelinePresenter extends Presenter<CaseTimelineView> {
    private final String caseId;

    public CaseTimelinePresenter(CaseTimelineView view, DongHanhClient client, String caseId) {
        super(view, client);
        this.caseId = caseId;
    }

    public void start() {
        load(() -> client.api().timeline(caseId), CaseTimelineView::showTimeline);
    }
}
