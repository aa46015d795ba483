package vn.donghanh.client.presenter.lock;

import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.lock.AppLock;
import vn.donghanh.client.presenter.Presenter;

/** Checks the app PIN off the main thread (the hash is slow on purpose). */
public final class LockPresenter extends Presenter<LockView> {
    private final AppLock lock;

    public LockPresenter(LockView view, DongHanhClient client, AppLock lock) {
        super(view, client);
        this.lock = lock;
    }

    public void start() {
        LockView v = view();
        if (v == null) {
            return;
        }
        if (!lock.isLocked()) {
            v.unlocked();
            return;
        }
        long wait = lock.waitMillisLeft();
        if (wait > 0) {
            v.showWait(wait);
        }
    }

    public void unlock(final String pin) {
        String typed = pin == null ? "" : pin.trim();
        if (!AppLock.isValidPin(typed)) {
            LockView v = view();
            if (v != null) {
                v.showPinFormat();
            }
            return;
        }
        load(() -> lock.unlock(typed), (view, attempt) -> {
            switch (attempt.result) {
                case UNLOCKED:
                    view.unlocked();
                    break;
                case WAIT:
                    view.showWait(attempt.waitMillis);
                    break;
                default:
                    view.showWrongPin(attempt.triesLeft);
            }
        });
    }
}
