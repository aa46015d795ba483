package vn.donghanh.client.presenter.mentor;

import java.util.List;

/** Open opportunities near the mentor; offline the last copy with its time. */
public final class ReferralModel {
    public final List<OpportunityRow> opportunities;
    public final boolean offline;
    /** When the list was read; null offline when it was never read on this phone (the list is unknown). */
    public final Long asOfMillis;

    public ReferralModel(List<OpportunityRow> opportunities, boolean offline, Long asOfMillis) {
        this.opportunities = opportunities;
        this.offline = offline;
        this.asOfMillis = asOfMillis;
    }
}
