package vn.donghanh.client.presenter.lock;

import vn.donghanh.client.presenter.BaseView;

public interface SettingsView extends BaseView {
    enum PinProblem {
        /** Not 4–6 digits. */
        FORMAT,
        /** The two entries differ. */
        MISMATCH
    }

    void showSettings(SettingsModel model);

    void showPinProblem(PinProblem problem);

    /** The PIN was set or changed (the lock is on). */
    void showPinSaved();
}
