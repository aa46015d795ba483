package vn.donghanh.client.presenter.officer;

import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.presenter.Presenter;

/** Overdue list for the officer's communes, the commune summary, and recording office presence. */
public final class OfficerHomePresenter extends Presenter<OfficerHomeView> {
    public OfficerHomePresenter(OfficerHomeView view, DongHanhClient client) {
        super(view, client);
    }

    /** Needs the network (these lists are computed on the server); offline shows OFFLINE. */
    public void start() {
        load(
                () -> {
                    client.flusher().flush(false);
                    return new OfficerHomeModel(
                            client.api().overdue(),
                            client.api().communeSummary(),
                            client.outbox().pendingCount() + client.outbox().failedCount());
                },
                OfficerHomeView::render);
    }

    /** The person came to the commune office ("kiểm diện"): a check-in of kind OFFICE_PRESENCE. */
    public void recordOfficePresence(final String caseId, final String note) {
        load(
                () -> {
                    String id = client.outbox().queueOfficePresence(caseId, note);
                    client.flusher().flush(true);
                    return !client.outbox().isUnsent(id);
                },
                OfficerHomeView::showPresenceSaved);
    }

    public void select(String caseId) {
        if (view() != null) {
            view().openCase(caseId);
        }
    }
}
