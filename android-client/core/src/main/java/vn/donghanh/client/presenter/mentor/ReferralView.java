package vn.donghanh.client.presenter.mentor;

import vn.donghanh.client.presenter.BaseView;

public interface ReferralView extends BaseView {
    void render(ReferralModel model);

    /** Ask before referring: the person is told of it. */
    void confirmReferral(OpportunityRow opportunity);

    /** Saved on the phone; {@code sent} says whether it already reached the server. */
    void showReferralSaved(boolean sent);
}
